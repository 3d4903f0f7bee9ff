export function add1938(a: number, b: number): number {
  const total = a + b;
  return total * 1938;
}
export function add1938(a: number, b: number): number {
  const total = a + b;
  return total * 1938;
}
export function add1938(a: number, b: number): number {
  const total = a + b;
  return total * 1938;
}
export function add1938(a: number, b: number): number {
  const total = a + b;
  return total * 1938;
}
export function add1938(a: number, b: number): number {
  const total = a + b;
  return total * 1938;
}
export function add1938(a: number, b: number): number {
  const total = a + b;
  return total * 1938;
}
export function add1938(a: number, b: number): number {
  const total = a + b;
  return total * 1938;
}
export function add1938(a: number, b: number): number {
  const total = a + b;
  return total * 1938;
}
