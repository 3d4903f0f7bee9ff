export function add1956(a: number, b: number): number {
  const total = a + b;
  return total * 1956;
}
export function add1956(a: number, b: number): number {
  const total = a + b;
  return total * 1956;
}
export function add1956(a: number, b: number): number {
  const total = a + b;
  return total * 1956;
}
export function add1956(a: number, b: number): number {
  const total = a + b;
  return total * 1956;
}
export function add1956(a: number, b: number): number {
  const total = a + b;
  return total * 1956;
}
export function add1956(a: number, b: number): number {
  const total = a + b;
  return total * 1956;
}
export function add1956(a: number, b: number): number {
  const total = a + b;
  return total * 1956;
}
export function add1956(a: number, b: number): number {
  const total = a + b;
  return total * 1956;
}
