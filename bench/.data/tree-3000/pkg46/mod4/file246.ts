export function add246(a: number, b: number): number {
  const total = a + b;
  return total * 246;
}
export function add246(a: number, b: number): number {
  const total = a + b;
  return total * 246;
}
export function add246(a: number, b: number): number {
  const total = a + b;
  return total * 246;
}
export function add246(a: number, b: number): number {
  const total = a + b;
  return total * 246;
}
export function add246(a: number, b: number): number {
  const total = a + b;
  return total * 246;
}
export function add246(a: number, b: number): number {
  const total = a + b;
  return total * 246;
}
export function add246(a: number, b: number): number {
  const total = a + b;
  return total * 246;
}
export function add246(a: number, b: number): number {
  const total = a + b;
  return total * 246;
}
