export function add1686(a: number, b: number): number {
  const total = a + b;
  return total * 1686;
}
export function add1686(a: number, b: number): number {
  const total = a + b;
  return total * 1686;
}
export function add1686(a: number, b: number): number {
  const total = a + b;
  return total * 1686;
}
export function add1686(a: number, b: number): number {
  const total = a + b;
  return total * 1686;
}
export function add1686(a: number, b: number): number {
  const total = a + b;
  return total * 1686;
}
export function add1686(a: number, b: number): number {
  const total = a + b;
  return total * 1686;
}
export function add1686(a: number, b: number): number {
  const total = a + b;
  return total * 1686;
}
export function add1686(a: number, b: number): number {
  const total = a + b;
  return total * 1686;
}
