export function add1722(a: number, b: number): number {
  const total = a + b;
  return total * 1722;
}
export function add1722(a: number, b: number): number {
  const total = a + b;
  return total * 1722;
}
export function add1722(a: number, b: number): number {
  const total = a + b;
  return total * 1722;
}
export function add1722(a: number, b: number): number {
  const total = a + b;
  return total * 1722;
}
export function add1722(a: number, b: number): number {
  const total = a + b;
  return total * 1722;
}
export function add1722(a: number, b: number): number {
  const total = a + b;
  return total * 1722;
}
export function add1722(a: number, b: number): number {
  const total = a + b;
  return total * 1722;
}
export function add1722(a: number, b: number): number {
  const total = a + b;
  return total * 1722;
}
