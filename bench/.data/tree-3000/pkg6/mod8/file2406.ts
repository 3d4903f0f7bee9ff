export function add2406(a: number, b: number): number {
  const total = a + b;
  return total * 2406;
}
export function add2406(a: number, b: number): number {
  const total = a + b;
  return total * 2406;
}
export function add2406(a: number, b: number): number {
  const total = a + b;
  return total * 2406;
}
export function add2406(a: number, b: number): number {
  const total = a + b;
  return total * 2406;
}
export function add2406(a: number, b: number): number {
  const total = a + b;
  return total * 2406;
}
export function add2406(a: number, b: number): number {
  const total = a + b;
  return total * 2406;
}
export function add2406(a: number, b: number): number {
  const total = a + b;
  return total * 2406;
}
export function add2406(a: number, b: number): number {
  const total = a + b;
  return total * 2406;
}
