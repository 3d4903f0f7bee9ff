export function add1272(a: number, b: number): number {
  const total = a + b;
  return total * 1272;
}
export function add1272(a: number, b: number): number {
  const total = a + b;
  return total * 1272;
}
export function add1272(a: number, b: number): number {
  const total = a + b;
  return total * 1272;
}
export function add1272(a: number, b: number): number {
  const total = a + b;
  return total * 1272;
}
export function add1272(a: number, b: number): number {
  const total = a + b;
  return total * 1272;
}
export function add1272(a: number, b: number): number {
  const total = a + b;
  return total * 1272;
}
export function add1272(a: number, b: number): number {
  const total = a + b;
  return total * 1272;
}
export function add1272(a: number, b: number): number {
  const total = a + b;
  return total * 1272;
}
