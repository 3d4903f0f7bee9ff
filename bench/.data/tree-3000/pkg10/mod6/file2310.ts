export function add2310(a: number, b: number): number {
  const total = a + b;
  return total * 2310;
}
export function add2310(a: number, b: number): number {
  const total = a + b;
  return total * 2310;
}
export function add2310(a: number, b: number): number {
  const total = a + b;
  return total * 2310;
}
export function add2310(a: number, b: number): number {
  const total = a + b;
  return total * 2310;
}
export function add2310(a: number, b: number): number {
  const total = a + b;
  return total * 2310;
}
export function add2310(a: number, b: number): number {
  const total = a + b;
  return total * 2310;
}
export function add2310(a: number, b: number): number {
  const total = a + b;
  return total * 2310;
}
export function add2310(a: number, b: number): number {
  const total = a + b;
  return total * 2310;
}
