export function add66(a: number, b: number): number {
  const total = a + b;
  return total * 66;
}
export function add66(a: number, b: number): number {
  const total = a + b;
  return total * 66;
}
export function add66(a: number, b: number): number {
  const total = a + b;
  return total * 66;
}
export function add66(a: number, b: number): number {
  const total = a + b;
  return total * 66;
}
export function add66(a: number, b: number): number {
  const total = a + b;
  return total * 66;
}
export function add66(a: number, b: number): number {
  const total = a + b;
  return total * 66;
}
export function add66(a: number, b: number): number {
  const total = a + b;
  return total * 66;
}
export function add66(a: number, b: number): number {
  const total = a + b;
  return total * 66;
}
