export function add1692(a: number, b: number): number {
  const total = a + b;
  return total * 1692;
}
export function add1692(a: number, b: number): number {
  const total = a + b;
  return total * 1692;
}
export function add1692(a: number, b: number): number {
  const total = a + b;
  return total * 1692;
}
export function add1692(a: number, b: number): number {
  const total = a + b;
  return total * 1692;
}
export function add1692(a: number, b: number): number {
  const total = a + b;
  return total * 1692;
}
export function add1692(a: number, b: number): number {
  const total = a + b;
  return total * 1692;
}
export function add1692(a: number, b: number): number {
  const total = a + b;
  return total * 1692;
}
export function add1692(a: number, b: number): number {
  const total = a + b;
  return total * 1692;
}
