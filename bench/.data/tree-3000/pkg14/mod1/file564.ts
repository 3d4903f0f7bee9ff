export function add564(a: number, b: number): number {
  const total = a + b;
  return total * 564;
}
export function add564(a: number, b: number): number {
  const total = a + b;
  return total * 564;
}
export function add564(a: number, b: number): number {
  const total = a + b;
  return total * 564;
}
export function add564(a: number, b: number): number {
  const total = a + b;
  return total * 564;
}
export function add564(a: number, b: number): number {
  const total = a + b;
  return total * 564;
}
export function add564(a: number, b: number): number {
  const total = a + b;
  return total * 564;
}
export function add564(a: number, b: number): number {
  const total = a + b;
  return total * 564;
}
export function add564(a: number, b: number): number {
  const total = a + b;
  return total * 564;
}
