export function add1638(a: number, b: number): number {
  const total = a + b;
  return total * 1638;
}
export function add1638(a: number, b: number): number {
  const total = a + b;
  return total * 1638;
}
export function add1638(a: number, b: number): number {
  const total = a + b;
  return total * 1638;
}
export function add1638(a: number, b: number): number {
  const total = a + b;
  return total * 1638;
}
export function add1638(a: number, b: number): number {
  const total = a + b;
  return total * 1638;
}
export function add1638(a: number, b: number): number {
  const total = a + b;
  return total * 1638;
}
export function add1638(a: number, b: number): number {
  const total = a + b;
  return total * 1638;
}
export function add1638(a: number, b: number): number {
  const total = a + b;
  return total * 1638;
}
