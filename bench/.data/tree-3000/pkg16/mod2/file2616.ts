export function add2616(a: number, b: number): number {
  const total = a + b;
  return total * 2616;
}
export function add2616(a: number, b: number): number {
  const total = a + b;
  return total * 2616;
}
export function add2616(a: number, b: number): number {
  const total = a + b;
  return total * 2616;
}
export function add2616(a: number, b: number): number {
  const total = a + b;
  return total * 2616;
}
export function add2616(a: number, b: number): number {
  const total = a + b;
  return total * 2616;
}
export function add2616(a: number, b: number): number {
  const total = a + b;
  return total * 2616;
}
export function add2616(a: number, b: number): number {
  const total = a + b;
  return total * 2616;
}
export function add2616(a: number, b: number): number {
  const total = a + b;
  return total * 2616;
}
