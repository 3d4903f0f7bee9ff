export function add2190(a: number, b: number): number {
  const total = a + b;
  return total * 2190;
}
export function add2190(a: number, b: number): number {
  const total = a + b;
  return total * 2190;
}
export function add2190(a: number, b: number): number {
  const total = a + b;
  return total * 2190;
}
export function add2190(a: number, b: number): number {
  const total = a + b;
  return total * 2190;
}
export function add2190(a: number, b: number): number {
  const total = a + b;
  return total * 2190;
}
export function add2190(a: number, b: number): number {
  const total = a + b;
  return total * 2190;
}
export function add2190(a: number, b: number): number {
  const total = a + b;
  return total * 2190;
}
export function add2190(a: number, b: number): number {
  const total = a + b;
  return total * 2190;
}
