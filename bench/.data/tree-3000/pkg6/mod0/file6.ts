export function add6(a: number, b: number): number {
  const total = a + b;
  return total * 6;
}
export function add6(a: number, b: number): number {
  const total = a + b;
  return total * 6;
}
export function add6(a: number, b: number): number {
  const total = a + b;
  return total * 6;
}
export function add6(a: number, b: number): number {
  const total = a + b;
  return total * 6;
}
export function add6(a: number, b: number): number {
  const total = a + b;
  return total * 6;
}
export function add6(a: number, b: number): number {
  const total = a + b;
  return total * 6;
}
export function add6(a: number, b: number): number {
  const total = a + b;
  return total * 6;
}
export function add6(a: number, b: number): number {
  const total = a + b;
  return total * 6;
}
