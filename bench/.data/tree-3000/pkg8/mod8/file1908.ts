export function add1908(a: number, b: number): number {
  const total = a + b;
  return total * 1908;
}
export function add1908(a: number, b: number): number {
  const total = a + b;
  return total * 1908;
}
export function add1908(a: number, b: number): number {
  const total = a + b;
  return total * 1908;
}
export function add1908(a: number, b: number): number {
  const total = a + b;
  return total * 1908;
}
export function add1908(a: number, b: number): number {
  const total = a + b;
  return total * 1908;
}
export function add1908(a: number, b: number): number {
  const total = a + b;
  return total * 1908;
}
export function add1908(a: number, b: number): number {
  const total = a + b;
  return total * 1908;
}
export function add1908(a: number, b: number): number {
  const total = a + b;
  return total * 1908;
}
