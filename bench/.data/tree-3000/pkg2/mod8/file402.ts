export function add402(a: number, b: number): number {
  const total = a + b;
  return total * 402;
}
export function add402(a: number, b: number): number {
  const total = a + b;
  return total * 402;
}
export function add402(a: number, b: number): number {
  const total = a + b;
  return total * 402;
}
export function add402(a: number, b: number): number {
  const total = a + b;
  return total * 402;
}
export function add402(a: number, b: number): number {
  const total = a + b;
  return total * 402;
}
export function add402(a: number, b: number): number {
  const total = a + b;
  return total * 402;
}
export function add402(a: number, b: number): number {
  const total = a + b;
  return total * 402;
}
export function add402(a: number, b: number): number {
  const total = a + b;
  return total * 402;
}
