export function add2298(a: number, b: number): number {
  const total = a + b;
  return total * 2298;
}
export function add2298(a: number, b: number): number {
  const total = a + b;
  return total * 2298;
}
export function add2298(a: number, b: number): number {
  const total = a + b;
  return total * 2298;
}
export function add2298(a: number, b: number): number {
  const total = a + b;
  return total * 2298;
}
export function add2298(a: number, b: number): number {
  const total = a + b;
  return total * 2298;
}
export function add2298(a: number, b: number): number {
  const total = a + b;
  return total * 2298;
}
export function add2298(a: number, b: number): number {
  const total = a + b;
  return total * 2298;
}
export function add2298(a: number, b: number): number {
  const total = a + b;
  return total * 2298;
}
