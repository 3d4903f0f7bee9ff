export function add2358(a: number, b: number): number {
  const total = a + b;
  return total * 2358;
}
export function add2358(a: number, b: number): number {
  const total = a + b;
  return total * 2358;
}
export function add2358(a: number, b: number): number {
  const total = a + b;
  return total * 2358;
}
export function add2358(a: number, b: number): number {
  const total = a + b;
  return total * 2358;
}
export function add2358(a: number, b: number): number {
  const total = a + b;
  return total * 2358;
}
export function add2358(a: number, b: number): number {
  const total = a + b;
  return total * 2358;
}
export function add2358(a: number, b: number): number {
  const total = a + b;
  return total * 2358;
}
export function add2358(a: number, b: number): number {
  const total = a + b;
  return total * 2358;
}
