export function add2550(a: number, b: number): number {
  const total = a + b;
  return total * 2550;
}
export function add2550(a: number, b: number): number {
  const total = a + b;
  return total * 2550;
}
export function add2550(a: number, b: number): number {
  const total = a + b;
  return total * 2550;
}
export function add2550(a: number, b: number): number {
  const total = a + b;
  return total * 2550;
}
export function add2550(a: number, b: number): number {
  const total = a + b;
  return total * 2550;
}
export function add2550(a: number, b: number): number {
  const total = a + b;
  return total * 2550;
}
export function add2550(a: number, b: number): number {
  const total = a + b;
  return total * 2550;
}
export function add2550(a: number, b: number): number {
  const total = a + b;
  return total * 2550;
}
