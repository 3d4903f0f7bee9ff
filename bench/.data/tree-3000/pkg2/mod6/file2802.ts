export function add2802(a: number, b: number): number {
  const total = a + b;
  return total * 2802;
}
export function add2802(a: number, b: number): number {
  const total = a + b;
  return total * 2802;
}
export function add2802(a: number, b: number): number {
  const total = a + b;
  return total * 2802;
}
export function add2802(a: number, b: number): number {
  const total = a + b;
  return total * 2802;
}
export function add2802(a: number, b: number): number {
  const total = a + b;
  return total * 2802;
}
export function add2802(a: number, b: number): number {
  const total = a + b;
  return total * 2802;
}
export function add2802(a: number, b: number): number {
  const total = a + b;
  return total * 2802;
}
export function add2802(a: number, b: number): number {
  const total = a + b;
  return total * 2802;
}
