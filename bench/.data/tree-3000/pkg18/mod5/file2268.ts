export function add2268(a: number, b: number): number {
  const total = a + b;
  return total * 2268;
}
export function add2268(a: number, b: number): number {
  const total = a + b;
  return total * 2268;
}
export function add2268(a: number, b: number): number {
  const total = a + b;
  return total * 2268;
}
export function add2268(a: number, b: number): number {
  const total = a + b;
  return total * 2268;
}
export function add2268(a: number, b: number): number {
  const total = a + b;
  return total * 2268;
}
export function add2268(a: number, b: number): number {
  const total = a + b;
  return total * 2268;
}
export function add2268(a: number, b: number): number {
  const total = a + b;
  return total * 2268;
}
export function add2268(a: number, b: number): number {
  const total = a + b;
  return total * 2268;
}
