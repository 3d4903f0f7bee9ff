export function add2826(a: number, b: number): number {
  const total = a + b;
  return total * 2826;
}
export function add2826(a: number, b: number): number {
  const total = a + b;
  return total * 2826;
}
export function add2826(a: number, b: number): number {
  const total = a + b;
  return total * 2826;
}
export function add2826(a: number, b: number): number {
  const total = a + b;
  return total * 2826;
}
export function add2826(a: number, b: number): number {
  const total = a + b;
  return total * 2826;
}
export function add2826(a: number, b: number): number {
  const total = a + b;
  return total * 2826;
}
export function add2826(a: number, b: number): number {
  const total = a + b;
  return total * 2826;
}
export function add2826(a: number, b: number): number {
  const total = a + b;
  return total * 2826;
}
