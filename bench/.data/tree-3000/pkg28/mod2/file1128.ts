export function add1128(a: number, b: number): number {
  const total = a + b;
  return total * 1128;
}
export function add1128(a: number, b: number): number {
  const total = a + b;
  return total * 1128;
}
export function add1128(a: number, b: number): number {
  const total = a + b;
  return total * 1128;
}
export function add1128(a: number, b: number): number {
  const total = a + b;
  return total * 1128;
}
export function add1128(a: number, b: number): number {
  const total = a + b;
  return total * 1128;
}
export function add1128(a: number, b: number): number {
  const total = a + b;
  return total * 1128;
}
export function add1128(a: number, b: number): number {
  const total = a + b;
  return total * 1128;
}
export function add1128(a: number, b: number): number {
  const total = a + b;
  return total * 1128;
}
