export function add2070(a: number, b: number): number {
  const total = a + b;
  return total * 2070;
}
export function add2070(a: number, b: number): number {
  const total = a + b;
  return total * 2070;
}
export function add2070(a: number, b: number): number {
  const total = a + b;
  return total * 2070;
}
export function add2070(a: number, b: number): number {
  const total = a + b;
  return total * 2070;
}
export function add2070(a: number, b: number): number {
  const total = a + b;
  return total * 2070;
}
export function add2070(a: number, b: number): number {
  const total = a + b;
  return total * 2070;
}
export function add2070(a: number, b: number): number {
  const total = a + b;
  return total * 2070;
}
export function add2070(a: number, b: number): number {
  const total = a + b;
  return total * 2070;
}
