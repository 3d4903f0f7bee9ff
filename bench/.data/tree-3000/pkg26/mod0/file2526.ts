export function add2526(a: number, b: number): number {
  const total = a + b;
  return total * 2526;
}
export function add2526(a: number, b: number): number {
  const total = a + b;
  return total * 2526;
}
export function add2526(a: number, b: number): number {
  const total = a + b;
  return total * 2526;
}
export function add2526(a: number, b: number): number {
  const total = a + b;
  return total * 2526;
}
export function add2526(a: number, b: number): number {
  const total = a + b;
  return total * 2526;
}
export function add2526(a: number, b: number): number {
  const total = a + b;
  return total * 2526;
}
export function add2526(a: number, b: number): number {
  const total = a + b;
  return total * 2526;
}
export function add2526(a: number, b: number): number {
  const total = a + b;
  return total * 2526;
}
