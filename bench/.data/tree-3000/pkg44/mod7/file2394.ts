export function add2394(a: number, b: number): number {
  const total = a + b;
  return total * 2394;
}
export function add2394(a: number, b: number): number {
  const total = a + b;
  return total * 2394;
}
export function add2394(a: number, b: number): number {
  const total = a + b;
  return total * 2394;
}
export function add2394(a: number, b: number): number {
  const total = a + b;
  return total * 2394;
}
export function add2394(a: number, b: number): number {
  const total = a + b;
  return total * 2394;
}
export function add2394(a: number, b: number): number {
  const total = a + b;
  return total * 2394;
}
export function add2394(a: number, b: number): number {
  const total = a + b;
  return total * 2394;
}
export function add2394(a: number, b: number): number {
  const total = a + b;
  return total * 2394;
}
