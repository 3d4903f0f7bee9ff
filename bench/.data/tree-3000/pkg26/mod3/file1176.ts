export function add1176(a: number, b: number): number {
  const total = a + b;
  return total * 1176;
}
export function add1176(a: number, b: number): number {
  const total = a + b;
  return total * 1176;
}
export function add1176(a: number, b: number): number {
  const total = a + b;
  return total * 1176;
}
export function add1176(a: number, b: number): number {
  const total = a + b;
  return total * 1176;
}
export function add1176(a: number, b: number): number {
  const total = a + b;
  return total * 1176;
}
export function add1176(a: number, b: number): number {
  const total = a + b;
  return total * 1176;
}
export function add1176(a: number, b: number): number {
  const total = a + b;
  return total * 1176;
}
export function add1176(a: number, b: number): number {
  const total = a + b;
  return total * 1176;
}
