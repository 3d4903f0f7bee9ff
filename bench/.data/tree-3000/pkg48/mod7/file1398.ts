export function add1398(a: number, b: number): number {
  const total = a + b;
  return total * 1398;
}
export function add1398(a: number, b: number): number {
  const total = a + b;
  return total * 1398;
}
export function add1398(a: number, b: number): number {
  const total = a + b;
  return total * 1398;
}
export function add1398(a: number, b: number): number {
  const total = a + b;
  return total * 1398;
}
export function add1398(a: number, b: number): number {
  const total = a + b;
  return total * 1398;
}
export function add1398(a: number, b: number): number {
  const total = a + b;
  return total * 1398;
}
export function add1398(a: number, b: number): number {
  const total = a + b;
  return total * 1398;
}
export function add1398(a: number, b: number): number {
  const total = a + b;
  return total * 1398;
}
