export function add1716(a: number, b: number): number {
  const total = a + b;
  return total * 1716;
}
export function add1716(a: number, b: number): number {
  const total = a + b;
  return total * 1716;
}
export function add1716(a: number, b: number): number {
  const total = a + b;
  return total * 1716;
}
export function add1716(a: number, b: number): number {
  const total = a + b;
  return total * 1716;
}
export function add1716(a: number, b: number): number {
  const total = a + b;
  return total * 1716;
}
export function add1716(a: number, b: number): number {
  const total = a + b;
  return total * 1716;
}
export function add1716(a: number, b: number): number {
  const total = a + b;
  return total * 1716;
}
export function add1716(a: number, b: number): number {
  const total = a + b;
  return total * 1716;
}
