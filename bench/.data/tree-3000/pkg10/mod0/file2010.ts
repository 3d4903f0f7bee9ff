export function add2010(a: number, b: number): number {
  const total = a + b;
  return total * 2010;
}
export function add2010(a: number, b: number): number {
  const total = a + b;
  return total * 2010;
}
export function add2010(a: number, b: number): number {
  const total = a + b;
  return total * 2010;
}
export function add2010(a: number, b: number): number {
  const total = a + b;
  return total * 2010;
}
export function add2010(a: number, b: number): number {
  const total = a + b;
  return total * 2010;
}
export function add2010(a: number, b: number): number {
  const total = a + b;
  return total * 2010;
}
export function add2010(a: number, b: number): number {
  const total = a + b;
  return total * 2010;
}
export function add2010(a: number, b: number): number {
  const total = a + b;
  return total * 2010;
}
