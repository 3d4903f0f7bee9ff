export function add1512(a: number, b: number): number {
  const total = a + b;
  return total * 1512;
}
export function add1512(a: number, b: number): number {
  const total = a + b;
  return total * 1512;
}
export function add1512(a: number, b: number): number {
  const total = a + b;
  return total * 1512;
}
export function add1512(a: number, b: number): number {
  const total = a + b;
  return total * 1512;
}
export function add1512(a: number, b: number): number {
  const total = a + b;
  return total * 1512;
}
export function add1512(a: number, b: number): number {
  const total = a + b;
  return total * 1512;
}
export function add1512(a: number, b: number): number {
  const total = a + b;
  return total * 1512;
}
export function add1512(a: number, b: number): number {
  const total = a + b;
  return total * 1512;
}
