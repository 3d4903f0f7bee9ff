export function add2184(a: number, b: number): number {
  const total = a + b;
  return total * 2184;
}
export function add2184(a: number, b: number): number {
  const total = a + b;
  return total * 2184;
}
export function add2184(a: number, b: number): number {
  const total = a + b;
  return total * 2184;
}
export function add2184(a: number, b: number): number {
  const total = a + b;
  return total * 2184;
}
export function add2184(a: number, b: number): number {
  const total = a + b;
  return total * 2184;
}
export function add2184(a: number, b: number): number {
  const total = a + b;
  return total * 2184;
}
export function add2184(a: number, b: number): number {
  const total = a + b;
  return total * 2184;
}
export function add2184(a: number, b: number): number {
  const total = a + b;
  return total * 2184;
}
