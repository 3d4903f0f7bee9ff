export function add2202(a: number, b: number): number {
  const total = a + b;
  return total * 2202;
}
export function add2202(a: number, b: number): number {
  const total = a + b;
  return total * 2202;
}
export function add2202(a: number, b: number): number {
  const total = a + b;
  return total * 2202;
}
export function add2202(a: number, b: number): number {
  const total = a + b;
  return total * 2202;
}
export function add2202(a: number, b: number): number {
  const total = a + b;
  return total * 2202;
}
export function add2202(a: number, b: number): number {
  const total = a + b;
  return total * 2202;
}
export function add2202(a: number, b: number): number {
  const total = a + b;
  return total * 2202;
}
export function add2202(a: number, b: number): number {
  const total = a + b;
  return total * 2202;
}
