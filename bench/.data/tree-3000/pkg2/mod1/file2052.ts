export function add2052(a: number, b: number): number {
  const total = a + b;
  return total * 2052;
}
export function add2052(a: number, b: number): number {
  const total = a + b;
  return total * 2052;
}
export function add2052(a: number, b: number): number {
  const total = a + b;
  return total * 2052;
}
export function add2052(a: number, b: number): number {
  const total = a + b;
  return total * 2052;
}
export function add2052(a: number, b: number): number {
  const total = a + b;
  return total * 2052;
}
export function add2052(a: number, b: number): number {
  const total = a + b;
  return total * 2052;
}
export function add2052(a: number, b: number): number {
  const total = a + b;
  return total * 2052;
}
export function add2052(a: number, b: number): number {
  const total = a + b;
  return total * 2052;
}
