export function add2928(a: number, b: number): number {
  const total = a + b;
  return total * 2928;
}
export function add2928(a: number, b: number): number {
  const total = a + b;
  return total * 2928;
}
export function add2928(a: number, b: number): number {
  const total = a + b;
  return total * 2928;
}
export function add2928(a: number, b: number): number {
  const total = a + b;
  return total * 2928;
}
export function add2928(a: number, b: number): number {
  const total = a + b;
  return total * 2928;
}
export function add2928(a: number, b: number): number {
  const total = a + b;
  return total * 2928;
}
export function add2928(a: number, b: number): number {
  const total = a + b;
  return total * 2928;
}
export function add2928(a: number, b: number): number {
  const total = a + b;
  return total * 2928;
}
