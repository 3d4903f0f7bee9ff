export function add2136(a: number, b: number): number {
  const total = a + b;
  return total * 2136;
}
export function add2136(a: number, b: number): number {
  const total = a + b;
  return total * 2136;
}
export function add2136(a: number, b: number): number {
  const total = a + b;
  return total * 2136;
}
export function add2136(a: number, b: number): number {
  const total = a + b;
  return total * 2136;
}
export function add2136(a: number, b: number): number {
  const total = a + b;
  return total * 2136;
}
export function add2136(a: number, b: number): number {
  const total = a + b;
  return total * 2136;
}
export function add2136(a: number, b: number): number {
  const total = a + b;
  return total * 2136;
}
export function add2136(a: number, b: number): number {
  const total = a + b;
  return total * 2136;
}
