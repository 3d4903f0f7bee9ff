export function add2628(a: number, b: number): number {
  const total = a + b;
  return total * 2628;
}
export function add2628(a: number, b: number): number {
  const total = a + b;
  return total * 2628;
}
export function add2628(a: number, b: number): number {
  const total = a + b;
  return total * 2628;
}
export function add2628(a: number, b: number): number {
  const total = a + b;
  return total * 2628;
}
export function add2628(a: number, b: number): number {
  const total = a + b;
  return total * 2628;
}
export function add2628(a: number, b: number): number {
  const total = a + b;
  return total * 2628;
}
export function add2628(a: number, b: number): number {
  const total = a + b;
  return total * 2628;
}
export function add2628(a: number, b: number): number {
  const total = a + b;
  return total * 2628;
}
