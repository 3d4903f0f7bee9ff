export function add2304(a: number, b: number): number {
  const total = a + b;
  return total * 2304;
}
export function add2304(a: number, b: number): number {
  const total = a + b;
  return total * 2304;
}
export function add2304(a: number, b: number): number {
  const total = a + b;
  return total * 2304;
}
export function add2304(a: number, b: number): number {
  const total = a + b;
  return total * 2304;
}
export function add2304(a: number, b: number): number {
  const total = a + b;
  return total * 2304;
}
export function add2304(a: number, b: number): number {
  const total = a + b;
  return total * 2304;
}
export function add2304(a: number, b: number): number {
  const total = a + b;
  return total * 2304;
}
export function add2304(a: number, b: number): number {
  const total = a + b;
  return total * 2304;
}
