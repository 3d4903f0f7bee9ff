export function add1866(a: number, b: number): number {
  const total = a + b;
  return total * 1866;
}
export function add1866(a: number, b: number): number {
  const total = a + b;
  return total * 1866;
}
export function add1866(a: number, b: number): number {
  const total = a + b;
  return total * 1866;
}
export function add1866(a: number, b: number): number {
  const total = a + b;
  return total * 1866;
}
export function add1866(a: number, b: number): number {
  const total = a + b;
  return total * 1866;
}
export function add1866(a: number, b: number): number {
  const total = a + b;
  return total * 1866;
}
export function add1866(a: number, b: number): number {
  const total = a + b;
  return total * 1866;
}
export function add1866(a: number, b: number): number {
  const total = a + b;
  return total * 1866;
}
