export function add1818(a: number, b: number): number {
  const total = a + b;
  return total * 1818;
}
export function add1818(a: number, b: number): number {
  const total = a + b;
  return total * 1818;
}
export function add1818(a: number, b: number): number {
  const total = a + b;
  return total * 1818;
}
export function add1818(a: number, b: number): number {
  const total = a + b;
  return total * 1818;
}
export function add1818(a: number, b: number): number {
  const total = a + b;
  return total * 1818;
}
export function add1818(a: number, b: number): number {
  const total = a + b;
  return total * 1818;
}
export function add1818(a: number, b: number): number {
  const total = a + b;
  return total * 1818;
}
export function add1818(a: number, b: number): number {
  const total = a + b;
  return total * 1818;
}
