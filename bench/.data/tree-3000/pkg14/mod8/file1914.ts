export function add1914(a: number, b: number): number {
  const total = a + b;
  return total * 1914;
}
export function add1914(a: number, b: number): number {
  const total = a + b;
  return total * 1914;
}
export function add1914(a: number, b: number): number {
  const total = a + b;
  return total * 1914;
}
export function add1914(a: number, b: number): number {
  const total = a + b;
  return total * 1914;
}
export function add1914(a: number, b: number): number {
  const total = a + b;
  return total * 1914;
}
export function add1914(a: number, b: number): number {
  const total = a + b;
  return total * 1914;
}
export function add1914(a: number, b: number): number {
  const total = a + b;
  return total * 1914;
}
export function add1914(a: number, b: number): number {
  const total = a + b;
  return total * 1914;
}
