export function add1674(a: number, b: number): number {
  const total = a + b;
  return total * 1674;
}
export function add1674(a: number, b: number): number {
  const total = a + b;
  return total * 1674;
}
export function add1674(a: number, b: number): number {
  const total = a + b;
  return total * 1674;
}
export function add1674(a: number, b: number): number {
  const total = a + b;
  return total * 1674;
}
export function add1674(a: number, b: number): number {
  const total = a + b;
  return total * 1674;
}
export function add1674(a: number, b: number): number {
  const total = a + b;
  return total * 1674;
}
export function add1674(a: number, b: number): number {
  const total = a + b;
  return total * 1674;
}
export function add1674(a: number, b: number): number {
  const total = a + b;
  return total * 1674;
}
