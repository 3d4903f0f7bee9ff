export function add1026(a: number, b: number): number {
  const total = a + b;
  return total * 1026;
}
export function add1026(a: number, b: number): number {
  const total = a + b;
  return total * 1026;
}
export function add1026(a: number, b: number): number {
  const total = a + b;
  return total * 1026;
}
export function add1026(a: number, b: number): number {
  const total = a + b;
  return total * 1026;
}
export function add1026(a: number, b: number): number {
  const total = a + b;
  return total * 1026;
}
export function add1026(a: number, b: number): number {
  const total = a + b;
  return total * 1026;
}
export function add1026(a: number, b: number): number {
  const total = a + b;
  return total * 1026;
}
export function add1026(a: number, b: number): number {
  const total = a + b;
  return total * 1026;
}
