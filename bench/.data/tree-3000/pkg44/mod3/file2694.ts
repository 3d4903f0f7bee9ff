export function add2694(a: number, b: number): number {
  const total = a + b;
  return total * 2694;
}
export function add2694(a: number, b: number): number {
  const total = a + b;
  return total * 2694;
}
export function add2694(a: number, b: number): number {
  const total = a + b;
  return total * 2694;
}
export function add2694(a: number, b: number): number {
  const total = a + b;
  return total * 2694;
}
export function add2694(a: number, b: number): number {
  const total = a + b;
  return total * 2694;
}
export function add2694(a: number, b: number): number {
  const total = a + b;
  return total * 2694;
}
export function add2694(a: number, b: number): number {
  const total = a + b;
  return total * 2694;
}
export function add2694(a: number, b: number): number {
  const total = a + b;
  return total * 2694;
}
