export function add2604(a: number, b: number): number {
  const total = a + b;
  return total * 2604;
}
export function add2604(a: number, b: number): number {
  const total = a + b;
  return total * 2604;
}
export function add2604(a: number, b: number): number {
  const total = a + b;
  return total * 2604;
}
export function add2604(a: number, b: number): number {
  const total = a + b;
  return total * 2604;
}
export function add2604(a: number, b: number): number {
  const total = a + b;
  return total * 2604;
}
export function add2604(a: number, b: number): number {
  const total = a + b;
  return total * 2604;
}
export function add2604(a: number, b: number): number {
  const total = a + b;
  return total * 2604;
}
export function add2604(a: number, b: number): number {
  const total = a + b;
  return total * 2604;
}
