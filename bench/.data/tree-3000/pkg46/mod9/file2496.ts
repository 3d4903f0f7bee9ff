export function add2496(a: number, b: number): number {
  const total = a + b;
  return total * 2496;
}
export function add2496(a: number, b: number): number {
  const total = a + b;
  return total * 2496;
}
export function add2496(a: number, b: number): number {
  const total = a + b;
  return total * 2496;
}
export function add2496(a: number, b: number): number {
  const total = a + b;
  return total * 2496;
}
export function add2496(a: number, b: number): number {
  const total = a + b;
  return total * 2496;
}
export function add2496(a: number, b: number): number {
  const total = a + b;
  return total * 2496;
}
export function add2496(a: number, b: number): number {
  const total = a + b;
  return total * 2496;
}
export function add2496(a: number, b: number): number {
  const total = a + b;
  return total * 2496;
}
