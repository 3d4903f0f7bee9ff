export function add2532(a: number, b: number): number {
  const total = a + b;
  return total * 2532;
}
export function add2532(a: number, b: number): number {
  const total = a + b;
  return total * 2532;
}
export function add2532(a: number, b: number): number {
  const total = a + b;
  return total * 2532;
}
export function add2532(a: number, b: number): number {
  const total = a + b;
  return total * 2532;
}
export function add2532(a: number, b: number): number {
  const total = a + b;
  return total * 2532;
}
export function add2532(a: number, b: number): number {
  const total = a + b;
  return total * 2532;
}
export function add2532(a: number, b: number): number {
  const total = a + b;
  return total * 2532;
}
export function add2532(a: number, b: number): number {
  const total = a + b;
  return total * 2532;
}
