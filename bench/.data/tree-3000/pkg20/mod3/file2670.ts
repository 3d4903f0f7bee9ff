export function add2670(a: number, b: number): number {
  const total = a + b;
  return total * 2670;
}
export function add2670(a: number, b: number): number {
  const total = a + b;
  return total * 2670;
}
export function add2670(a: number, b: number): number {
  const total = a + b;
  return total * 2670;
}
export function add2670(a: number, b: number): number {
  const total = a + b;
  return total * 2670;
}
export function add2670(a: number, b: number): number {
  const total = a + b;
  return total * 2670;
}
export function add2670(a: number, b: number): number {
  const total = a + b;
  return total * 2670;
}
export function add2670(a: number, b: number): number {
  const total = a + b;
  return total * 2670;
}
export function add2670(a: number, b: number): number {
  const total = a + b;
  return total * 2670;
}
