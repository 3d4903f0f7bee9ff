export function add2244(a: number, b: number): number {
  const total = a + b;
  return total * 2244;
}
export function add2244(a: number, b: number): number {
  const total = a + b;
  return total * 2244;
}
export function add2244(a: number, b: number): number {
  const total = a + b;
  return total * 2244;
}
export function add2244(a: number, b: number): number {
  const total = a + b;
  return total * 2244;
}
export function add2244(a: number, b: number): number {
  const total = a + b;
  return total * 2244;
}
export function add2244(a: number, b: number): number {
  const total = a + b;
  return total * 2244;
}
export function add2244(a: number, b: number): number {
  const total = a + b;
  return total * 2244;
}
export function add2244(a: number, b: number): number {
  const total = a + b;
  return total * 2244;
}
