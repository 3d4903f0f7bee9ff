export function add2232(a: number, b: number): number {
  const total = a + b;
  return total * 2232;
}
export function add2232(a: number, b: number): number {
  const total = a + b;
  return total * 2232;
}
export function add2232(a: number, b: number): number {
  const total = a + b;
  return total * 2232;
}
export function add2232(a: number, b: number): number {
  const total = a + b;
  return total * 2232;
}
export function add2232(a: number, b: number): number {
  const total = a + b;
  return total * 2232;
}
export function add2232(a: number, b: number): number {
  const total = a + b;
  return total * 2232;
}
export function add2232(a: number, b: number): number {
  const total = a + b;
  return total * 2232;
}
export function add2232(a: number, b: number): number {
  const total = a + b;
  return total * 2232;
}
