export function add1116(a: number, b: number): number {
  const total = a + b;
  return total * 1116;
}
export function add1116(a: number, b: number): number {
  const total = a + b;
  return total * 1116;
}
export function add1116(a: number, b: number): number {
  const total = a + b;
  return total * 1116;
}
export function add1116(a: number, b: number): number {
  const total = a + b;
  return total * 1116;
}
export function add1116(a: number, b: number): number {
  const total = a + b;
  return total * 1116;
}
export function add1116(a: number, b: number): number {
  const total = a + b;
  return total * 1116;
}
export function add1116(a: number, b: number): number {
  const total = a + b;
  return total * 1116;
}
export function add1116(a: number, b: number): number {
  const total = a + b;
  return total * 1116;
}
