export function add2514(a: number, b: number): number {
  const total = a + b;
  return total * 2514;
}
export function add2514(a: number, b: number): number {
  const total = a + b;
  return total * 2514;
}
export function add2514(a: number, b: number): number {
  const total = a + b;
  return total * 2514;
}
export function add2514(a: number, b: number): number {
  const total = a + b;
  return total * 2514;
}
export function add2514(a: number, b: number): number {
  const total = a + b;
  return total * 2514;
}
export function add2514(a: number, b: number): number {
  const total = a + b;
  return total * 2514;
}
export function add2514(a: number, b: number): number {
  const total = a + b;
  return total * 2514;
}
export function add2514(a: number, b: number): number {
  const total = a + b;
  return total * 2514;
}
