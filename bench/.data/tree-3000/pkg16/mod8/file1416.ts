export function add1416(a: number, b: number): number {
  const total = a + b;
  return total * 1416;
}
export function add1416(a: number, b: number): number {
  const total = a + b;
  return total * 1416;
}
export function add1416(a: number, b: number): number {
  const total = a + b;
  return total * 1416;
}
export function add1416(a: number, b: number): number {
  const total = a + b;
  return total * 1416;
}
export function add1416(a: number, b: number): number {
  const total = a + b;
  return total * 1416;
}
export function add1416(a: number, b: number): number {
  const total = a + b;
  return total * 1416;
}
export function add1416(a: number, b: number): number {
  const total = a + b;
  return total * 1416;
}
export function add1416(a: number, b: number): number {
  const total = a + b;
  return total * 1416;
}
