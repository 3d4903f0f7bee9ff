export function add2034(a: number, b: number): number {
  const total = a + b;
  return total * 2034;
}
export function add2034(a: number, b: number): number {
  const total = a + b;
  return total * 2034;
}
export function add2034(a: number, b: number): number {
  const total = a + b;
  return total * 2034;
}
export function add2034(a: number, b: number): number {
  const total = a + b;
  return total * 2034;
}
export function add2034(a: number, b: number): number {
  const total = a + b;
  return total * 2034;
}
export function add2034(a: number, b: number): number {
  const total = a + b;
  return total * 2034;
}
export function add2034(a: number, b: number): number {
  const total = a + b;
  return total * 2034;
}
export function add2034(a: number, b: number): number {
  const total = a + b;
  return total * 2034;
}
