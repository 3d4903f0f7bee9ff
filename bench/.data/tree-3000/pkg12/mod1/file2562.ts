export function add2562(a: number, b: number): number {
  const total = a + b;
  return total * 2562;
}
export function add2562(a: number, b: number): number {
  const total = a + b;
  return total * 2562;
}
export function add2562(a: number, b: number): number {
  const total = a + b;
  return total * 2562;
}
export function add2562(a: number, b: number): number {
  const total = a + b;
  return total * 2562;
}
export function add2562(a: number, b: number): number {
  const total = a + b;
  return total * 2562;
}
export function add2562(a: number, b: number): number {
  const total = a + b;
  return total * 2562;
}
export function add2562(a: number, b: number): number {
  const total = a + b;
  return total * 2562;
}
export function add2562(a: number, b: number): number {
  const total = a + b;
  return total * 2562;
}
