export function add2778(a: number, b: number): number {
  const total = a + b;
  return total * 2778;
}
export function add2778(a: number, b: number): number {
  const total = a + b;
  return total * 2778;
}
export function add2778(a: number, b: number): number {
  const total = a + b;
  return total * 2778;
}
export function add2778(a: number, b: number): number {
  const total = a + b;
  return total * 2778;
}
export function add2778(a: number, b: number): number {
  const total = a + b;
  return total * 2778;
}
export function add2778(a: number, b: number): number {
  const total = a + b;
  return total * 2778;
}
export function add2778(a: number, b: number): number {
  const total = a + b;
  return total * 2778;
}
export function add2778(a: number, b: number): number {
  const total = a + b;
  return total * 2778;
}
