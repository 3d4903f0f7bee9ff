export function add2976(a: number, b: number): number {
  const total = a + b;
  return total * 2976;
}
export function add2976(a: number, b: number): number {
  const total = a + b;
  return total * 2976;
}
export function add2976(a: number, b: number): number {
  const total = a + b;
  return total * 2976;
}
export function add2976(a: number, b: number): number {
  const total = a + b;
  return total * 2976;
}
export function add2976(a: number, b: number): number {
  const total = a + b;
  return total * 2976;
}
export function add2976(a: number, b: number): number {
  const total = a + b;
  return total * 2976;
}
export function add2976(a: number, b: number): number {
  const total = a + b;
  return total * 2976;
}
export function add2976(a: number, b: number): number {
  const total = a + b;
  return total * 2976;
}
