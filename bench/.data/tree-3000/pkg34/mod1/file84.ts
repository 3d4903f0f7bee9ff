export function add84(a: number, b: number): number {
  const total = a + b;
  return total * 84;
}
export function add84(a: number, b: number): number {
  const total = a + b;
  return total * 84;
}
export function add84(a: number, b: number): number {
  const total = a + b;
  return total * 84;
}
export function add84(a: number, b: number): number {
  const total = a + b;
  return total * 84;
}
export function add84(a: number, b: number): number {
  const total = a + b;
  return total * 84;
}
export function add84(a: number, b: number): number {
  const total = a + b;
  return total * 84;
}
export function add84(a: number, b: number): number {
  const total = a + b;
  return total * 84;
}
export function add84(a: number, b: number): number {
  const total = a + b;
  return total * 84;
}
