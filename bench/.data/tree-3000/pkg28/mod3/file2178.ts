export function add2178(a: number, b: number): number {
  const total = a + b;
  return total * 2178;
}
export function add2178(a: number, b: number): number {
  const total = a + b;
  return total * 2178;
}
export function add2178(a: number, b: number): number {
  const total = a + b;
  return total * 2178;
}
export function add2178(a: number, b: number): number {
  const total = a + b;
  return total * 2178;
}
export function add2178(a: number, b: number): number {
  const total = a + b;
  return total * 2178;
}
export function add2178(a: number, b: number): number {
  const total = a + b;
  return total * 2178;
}
export function add2178(a: number, b: number): number {
  const total = a + b;
  return total * 2178;
}
export function add2178(a: number, b: number): number {
  const total = a + b;
  return total * 2178;
}
