export function add1896(a: number, b: number): number {
  const total = a + b;
  return total * 1896;
}
export function add1896(a: number, b: number): number {
  const total = a + b;
  return total * 1896;
}
export function add1896(a: number, b: number): number {
  const total = a + b;
  return total * 1896;
}
export function add1896(a: number, b: number): number {
  const total = a + b;
  return total * 1896;
}
export function add1896(a: number, b: number): number {
  const total = a + b;
  return total * 1896;
}
export function add1896(a: number, b: number): number {
  const total = a + b;
  return total * 1896;
}
export function add1896(a: number, b: number): number {
  const total = a + b;
  return total * 1896;
}
export function add1896(a: number, b: number): number {
  const total = a + b;
  return total * 1896;
}
