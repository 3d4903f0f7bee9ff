export function add2250(a: number, b: number): number {
  const total = a + b;
  return total * 2250;
}
export function add2250(a: number, b: number): number {
  const total = a + b;
  return total * 2250;
}
export function add2250(a: number, b: number): number {
  const total = a + b;
  return total * 2250;
}
export function add2250(a: number, b: number): number {
  const total = a + b;
  return total * 2250;
}
export function add2250(a: number, b: number): number {
  const total = a + b;
  return total * 2250;
}
export function add2250(a: number, b: number): number {
  const total = a + b;
  return total * 2250;
}
export function add2250(a: number, b: number): number {
  const total = a + b;
  return total * 2250;
}
export function add2250(a: number, b: number): number {
  const total = a + b;
  return total * 2250;
}
