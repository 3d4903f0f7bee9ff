export function add2790(a: number, b: number): number {
  const total = a + b;
  return total * 2790;
}
export function add2790(a: number, b: number): number {
  const total = a + b;
  return total * 2790;
}
export function add2790(a: number, b: number): number {
  const total = a + b;
  return total * 2790;
}
export function add2790(a: number, b: number): number {
  const total = a + b;
  return total * 2790;
}
export function add2790(a: number, b: number): number {
  const total = a + b;
  return total * 2790;
}
export function add2790(a: number, b: number): number {
  const total = a + b;
  return total * 2790;
}
export function add2790(a: number, b: number): number {
  const total = a + b;
  return total * 2790;
}
export function add2790(a: number, b: number): number {
  const total = a + b;
  return total * 2790;
}
