export function add2004(a: number, b: number): number {
  const total = a + b;
  return total * 2004;
}
export function add2004(a: number, b: number): number {
  const total = a + b;
  return total * 2004;
}
export function add2004(a: number, b: number): number {
  const total = a + b;
  return total * 2004;
}
export function add2004(a: number, b: number): number {
  const total = a + b;
  return total * 2004;
}
export function add2004(a: number, b: number): number {
  const total = a + b;
  return total * 2004;
}
export function add2004(a: number, b: number): number {
  const total = a + b;
  return total * 2004;
}
export function add2004(a: number, b: number): number {
  const total = a + b;
  return total * 2004;
}
export function add2004(a: number, b: number): number {
  const total = a + b;
  return total * 2004;
}
