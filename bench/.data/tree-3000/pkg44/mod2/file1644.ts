export function add1644(a: number, b: number): number {
  const total = a + b;
  return total * 1644;
}
export function add1644(a: number, b: number): number {
  const total = a + b;
  return total * 1644;
}
export function add1644(a: number, b: number): number {
  const total = a + b;
  return total * 1644;
}
export function add1644(a: number, b: number): number {
  const total = a + b;
  return total * 1644;
}
export function add1644(a: number, b: number): number {
  const total = a + b;
  return total * 1644;
}
export function add1644(a: number, b: number): number {
  const total = a + b;
  return total * 1644;
}
export function add1644(a: number, b: number): number {
  const total = a + b;
  return total * 1644;
}
export function add1644(a: number, b: number): number {
  const total = a + b;
  return total * 1644;
}
