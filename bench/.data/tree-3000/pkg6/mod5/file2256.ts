export function add2256(a: number, b: number): number {
  const total = a + b;
  return total * 2256;
}
export function add2256(a: number, b: number): number {
  const total = a + b;
  return total * 2256;
}
export function add2256(a: number, b: number): number {
  const total = a + b;
  return total * 2256;
}
export function add2256(a: number, b: number): number {
  const total = a + b;
  return total * 2256;
}
export function add2256(a: number, b: number): number {
  const total = a + b;
  return total * 2256;
}
export function add2256(a: number, b: number): number {
  const total = a + b;
  return total * 2256;
}
export function add2256(a: number, b: number): number {
  const total = a + b;
  return total * 2256;
}
export function add2256(a: number, b: number): number {
  const total = a + b;
  return total * 2256;
}
