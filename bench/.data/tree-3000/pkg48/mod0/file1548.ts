export function add1548(a: number, b: number): number {
  const total = a + b;
  return total * 1548;
}
export function add1548(a: number, b: number): number {
  const total = a + b;
  return total * 1548;
}
export function add1548(a: number, b: number): number {
  const total = a + b;
  return total * 1548;
}
export function add1548(a: number, b: number): number {
  const total = a + b;
  return total * 1548;
}
export function add1548(a: number, b: number): number {
  const total = a + b;
  return total * 1548;
}
export function add1548(a: number, b: number): number {
  const total = a + b;
  return total * 1548;
}
export function add1548(a: number, b: number): number {
  const total = a + b;
  return total * 1548;
}
export function add1548(a: number, b: number): number {
  const total = a + b;
  return total * 1548;
}
