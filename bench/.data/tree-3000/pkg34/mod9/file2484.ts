export function add2484(a: number, b: number): number {
  const total = a + b;
  return total * 2484;
}
export function add2484(a: number, b: number): number {
  const total = a + b;
  return total * 2484;
}
export function add2484(a: number, b: number): number {
  const total = a + b;
  return total * 2484;
}
export function add2484(a: number, b: number): number {
  const total = a + b;
  return total * 2484;
}
export function add2484(a: number, b: number): number {
  const total = a + b;
  return total * 2484;
}
export function add2484(a: number, b: number): number {
  const total = a + b;
  return total * 2484;
}
export function add2484(a: number, b: number): number {
  const total = a + b;
  return total * 2484;
}
export function add2484(a: number, b: number): number {
  const total = a + b;
  return total * 2484;
}
