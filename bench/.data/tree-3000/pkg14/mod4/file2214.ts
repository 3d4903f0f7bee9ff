export function add2214(a: number, b: number): number {
  const total = a + b;
  return total * 2214;
}
export function add2214(a: number, b: number): number {
  const total = a + b;
  return total * 2214;
}
export function add2214(a: number, b: number): number {
  const total = a + b;
  return total * 2214;
}
export function add2214(a: number, b: number): number {
  const total = a + b;
  return total * 2214;
}
export function add2214(a: number, b: number): number {
  const total = a + b;
  return total * 2214;
}
export function add2214(a: number, b: number): number {
  const total = a + b;
  return total * 2214;
}
export function add2214(a: number, b: number): number {
  const total = a + b;
  return total * 2214;
}
export function add2214(a: number, b: number): number {
  const total = a + b;
  return total * 2214;
}
