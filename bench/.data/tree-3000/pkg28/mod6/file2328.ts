export function add2328(a: number, b: number): number {
  const total = a + b;
  return total * 2328;
}
export function add2328(a: number, b: number): number {
  const total = a + b;
  return total * 2328;
}
export function add2328(a: number, b: number): number {
  const total = a + b;
  return total * 2328;
}
export function add2328(a: number, b: number): number {
  const total = a + b;
  return total * 2328;
}
export function add2328(a: number, b: number): number {
  const total = a + b;
  return total * 2328;
}
export function add2328(a: number, b: number): number {
  const total = a + b;
  return total * 2328;
}
export function add2328(a: number, b: number): number {
  const total = a + b;
  return total * 2328;
}
export function add2328(a: number, b: number): number {
  const total = a + b;
  return total * 2328;
}
