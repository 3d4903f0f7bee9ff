export function add2844(a: number, b: number): number {
  const total = a + b;
  return total * 2844;
}
export function add2844(a: number, b: number): number {
  const total = a + b;
  return total * 2844;
}
export function add2844(a: number, b: number): number {
  const total = a + b;
  return total * 2844;
}
export function add2844(a: number, b: number): number {
  const total = a + b;
  return total * 2844;
}
export function add2844(a: number, b: number): number {
  const total = a + b;
  return total * 2844;
}
export function add2844(a: number, b: number): number {
  const total = a + b;
  return total * 2844;
}
export function add2844(a: number, b: number): number {
  const total = a + b;
  return total * 2844;
}
export function add2844(a: number, b: number): number {
  const total = a + b;
  return total * 2844;
}
