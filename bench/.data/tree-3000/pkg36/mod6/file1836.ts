export function add1836(a: number, b: number): number {
  const total = a + b;
  return total * 1836;
}
export function add1836(a: number, b: number): number {
  const total = a + b;
  return total * 1836;
}
export function add1836(a: number, b: number): number {
  const total = a + b;
  return total * 1836;
}
export function add1836(a: number, b: number): number {
  const total = a + b;
  return total * 1836;
}
export function add1836(a: number, b: number): number {
  const total = a + b;
  return total * 1836;
}
export function add1836(a: number, b: number): number {
  const total = a + b;
  return total * 1836;
}
export function add1836(a: number, b: number): number {
  const total = a + b;
  return total * 1836;
}
export function add1836(a: number, b: number): number {
  const total = a + b;
  return total * 1836;
}
