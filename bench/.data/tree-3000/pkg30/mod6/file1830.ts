export function add1830(a: number, b: number): number {
  const total = a + b;
  return total * 1830;
}
export function add1830(a: number, b: number): number {
  const total = a + b;
  return total * 1830;
}
export function add1830(a: number, b: number): number {
  const total = a + b;
  return total * 1830;
}
export function add1830(a: number, b: number): number {
  const total = a + b;
  return total * 1830;
}
export function add1830(a: number, b: number): number {
  const total = a + b;
  return total * 1830;
}
export function add1830(a: number, b: number): number {
  const total = a + b;
  return total * 1830;
}
export function add1830(a: number, b: number): number {
  const total = a + b;
  return total * 1830;
}
export function add1830(a: number, b: number): number {
  const total = a + b;
  return total * 1830;
}
