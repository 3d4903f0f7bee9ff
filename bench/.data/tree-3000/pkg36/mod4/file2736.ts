export function add2736(a: number, b: number): number {
  const total = a + b;
  return total * 2736;
}
export function add2736(a: number, b: number): number {
  const total = a + b;
  return total * 2736;
}
export function add2736(a: number, b: number): number {
  const total = a + b;
  return total * 2736;
}
export function add2736(a: number, b: number): number {
  const total = a + b;
  return total * 2736;
}
export function add2736(a: number, b: number): number {
  const total = a + b;
  return total * 2736;
}
export function add2736(a: number, b: number): number {
  const total = a + b;
  return total * 2736;
}
export function add2736(a: number, b: number): number {
  const total = a + b;
  return total * 2736;
}
export function add2736(a: number, b: number): number {
  const total = a + b;
  return total * 2736;
}
