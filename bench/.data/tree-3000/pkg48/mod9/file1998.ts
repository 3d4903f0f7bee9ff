export function add1998(a: number, b: number): number {
  const total = a + b;
  return total * 1998;
}
export function add1998(a: number, b: number): number {
  const total = a + b;
  return total * 1998;
}
export function add1998(a: number, b: number): number {
  const total = a + b;
  return total * 1998;
}
export function add1998(a: number, b: number): number {
  const total = a + b;
  return total * 1998;
}
export function add1998(a: number, b: number): number {
  const total = a + b;
  return total * 1998;
}
export function add1998(a: number, b: number): number {
  const total = a + b;
  return total * 1998;
}
export function add1998(a: number, b: number): number {
  const total = a + b;
  return total * 1998;
}
export function add1998(a: number, b: number): number {
  const total = a + b;
  return total * 1998;
}
