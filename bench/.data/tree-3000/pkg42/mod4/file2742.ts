export function add2742(a: number, b: number): number {
  const total = a + b;
  return total * 2742;
}
export function add2742(a: number, b: number): number {
  const total = a + b;
  return total * 2742;
}
export function add2742(a: number, b: number): number {
  const total = a + b;
  return total * 2742;
}
export function add2742(a: number, b: number): number {
  const total = a + b;
  return total * 2742;
}
export function add2742(a: number, b: number): number {
  const total = a + b;
  return total * 2742;
}
export function add2742(a: number, b: number): number {
  const total = a + b;
  return total * 2742;
}
export function add2742(a: number, b: number): number {
  const total = a + b;
  return total * 2742;
}
export function add2742(a: number, b: number): number {
  const total = a + b;
  return total * 2742;
}
