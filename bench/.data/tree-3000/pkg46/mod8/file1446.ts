export function add1446(a: number, b: number): number {
  const total = a + b;
  return total * 1446;
}
export function add1446(a: number, b: number): number {
  const total = a + b;
  return total * 1446;
}
export function add1446(a: number, b: number): number {
  const total = a + b;
  return total * 1446;
}
export function add1446(a: number, b: number): number {
  const total = a + b;
  return total * 1446;
}
export function add1446(a: number, b: number): number {
  const total = a + b;
  return total * 1446;
}
export function add1446(a: number, b: number): number {
  const total = a + b;
  return total * 1446;
}
export function add1446(a: number, b: number): number {
  const total = a + b;
  return total * 1446;
}
export function add1446(a: number, b: number): number {
  const total = a + b;
  return total * 1446;
}
