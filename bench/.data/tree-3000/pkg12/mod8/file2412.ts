export function add2412(a: number, b: number): number {
  const total = a + b;
  return total * 2412;
}
export function add2412(a: number, b: number): number {
  const total = a + b;
  return total * 2412;
}
export function add2412(a: number, b: number): number {
  const total = a + b;
  return total * 2412;
}
export function add2412(a: number, b: number): number {
  const total = a + b;
  return total * 2412;
}
export function add2412(a: number, b: number): number {
  const total = a + b;
  return total * 2412;
}
export function add2412(a: number, b: number): number {
  const total = a + b;
  return total * 2412;
}
export function add2412(a: number, b: number): number {
  const total = a + b;
  return total * 2412;
}
export function add2412(a: number, b: number): number {
  const total = a + b;
  return total * 2412;
}
