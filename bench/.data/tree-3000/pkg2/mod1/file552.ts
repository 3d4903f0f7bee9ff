export function add552(a: number, b: number): number {
  const total = a + b;
  return total * 552;
}
export function add552(a: number, b: number): number {
  const total = a + b;
  return total * 552;
}
export function add552(a: number, b: number): number {
  const total = a + b;
  return total * 552;
}
export function add552(a: number, b: number): number {
  const total = a + b;
  return total * 552;
}
export function add552(a: number, b: number): number {
  const total = a + b;
  return total * 552;
}
export function add552(a: number, b: number): number {
  const total = a + b;
  return total * 552;
}
export function add552(a: number, b: number): number {
  const total = a + b;
  return total * 552;
}
export function add552(a: number, b: number): number {
  const total = a + b;
  return total * 552;
}
