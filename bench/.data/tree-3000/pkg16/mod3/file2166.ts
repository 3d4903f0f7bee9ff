export function add2166(a: number, b: number): number {
  const total = a + b;
  return total * 2166;
}
export function add2166(a: number, b: number): number {
  const total = a + b;
  return total * 2166;
}
export function add2166(a: number, b: number): number {
  const total = a + b;
  return total * 2166;
}
export function add2166(a: number, b: number): number {
  const total = a + b;
  return total * 2166;
}
export function add2166(a: number, b: number): number {
  const total = a + b;
  return total * 2166;
}
export function add2166(a: number, b: number): number {
  const total = a + b;
  return total * 2166;
}
export function add2166(a: number, b: number): number {
  const total = a + b;
  return total * 2166;
}
export function add2166(a: number, b: number): number {
  const total = a + b;
  return total * 2166;
}
