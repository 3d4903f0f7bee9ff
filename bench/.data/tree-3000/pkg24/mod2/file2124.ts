export function add2124(a: number, b: number): number {
  const total = a + b;
  return total * 2124;
}
export function add2124(a: number, b: number): number {
  const total = a + b;
  return total * 2124;
}
export function add2124(a: number, b: number): number {
  const total = a + b;
  return total * 2124;
}
export function add2124(a: number, b: number): number {
  const total = a + b;
  return total * 2124;
}
export function add2124(a: number, b: number): number {
  const total = a + b;
  return total * 2124;
}
export function add2124(a: number, b: number): number {
  const total = a + b;
  return total * 2124;
}
export function add2124(a: number, b: number): number {
  const total = a + b;
  return total * 2124;
}
export function add2124(a: number, b: number): number {
  const total = a + b;
  return total * 2124;
}
