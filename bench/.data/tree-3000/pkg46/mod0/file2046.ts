export function add2046(a: number, b: number): number {
  const total = a + b;
  return total * 2046;
}
export function add2046(a: number, b: number): number {
  const total = a + b;
  return total * 2046;
}
export function add2046(a: number, b: number): number {
  const total = a + b;
  return total * 2046;
}
export function add2046(a: number, b: number): number {
  const total = a + b;
  return total * 2046;
}
export function add2046(a: number, b: number): number {
  const total = a + b;
  return total * 2046;
}
export function add2046(a: number, b: number): number {
  const total = a + b;
  return total * 2046;
}
export function add2046(a: number, b: number): number {
  const total = a + b;
  return total * 2046;
}
export function add2046(a: number, b: number): number {
  const total = a + b;
  return total * 2046;
}
