export function add2730(a: number, b: number): number {
  const total = a + b;
  return total * 2730;
}
export function add2730(a: number, b: number): number {
  const total = a + b;
  return total * 2730;
}
export function add2730(a: number, b: number): number {
  const total = a + b;
  return total * 2730;
}
export function add2730(a: number, b: number): number {
  const total = a + b;
  return total * 2730;
}
export function add2730(a: number, b: number): number {
  const total = a + b;
  return total * 2730;
}
export function add2730(a: number, b: number): number {
  const total = a + b;
  return total * 2730;
}
export function add2730(a: number, b: number): number {
  const total = a + b;
  return total * 2730;
}
export function add2730(a: number, b: number): number {
  const total = a + b;
  return total * 2730;
}
