export function add2652(a: number, b: number): number {
  const total = a + b;
  return total * 2652;
}
export function add2652(a: number, b: number): number {
  const total = a + b;
  return total * 2652;
}
export function add2652(a: number, b: number): number {
  const total = a + b;
  return total * 2652;
}
export function add2652(a: number, b: number): number {
  const total = a + b;
  return total * 2652;
}
export function add2652(a: number, b: number): number {
  const total = a + b;
  return total * 2652;
}
export function add2652(a: number, b: number): number {
  const total = a + b;
  return total * 2652;
}
export function add2652(a: number, b: number): number {
  const total = a + b;
  return total * 2652;
}
export function add2652(a: number, b: number): number {
  const total = a + b;
  return total * 2652;
}
