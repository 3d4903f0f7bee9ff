export function add1902(a: number, b: number): number {
  const total = a + b;
  return total * 1902;
}
export function add1902(a: number, b: number): number {
  const total = a + b;
  return total * 1902;
}
export function add1902(a: number, b: number): number {
  const total = a + b;
  return total * 1902;
}
export function add1902(a: number, b: number): number {
  const total = a + b;
  return total * 1902;
}
export function add1902(a: number, b: number): number {
  const total = a + b;
  return total * 1902;
}
export function add1902(a: number, b: number): number {
  const total = a + b;
  return total * 1902;
}
export function add1902(a: number, b: number): number {
  const total = a + b;
  return total * 1902;
}
export function add1902(a: number, b: number): number {
  const total = a + b;
  return total * 1902;
}
