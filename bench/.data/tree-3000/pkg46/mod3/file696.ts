export function add696(a: number, b: number): number {
  const total = a + b;
  return total * 696;
}
export function add696(a: number, b: number): number {
  const total = a + b;
  return total * 696;
}
export function add696(a: number, b: number): number {
  const total = a + b;
  return total * 696;
}
export function add696(a: number, b: number): number {
  const total = a + b;
  return total * 696;
}
export function add696(a: number, b: number): number {
  const total = a + b;
  return total * 696;
}
export function add696(a: number, b: number): number {
  const total = a + b;
  return total * 696;
}
export function add696(a: number, b: number): number {
  const total = a + b;
  return total * 696;
}
export function add696(a: number, b: number): number {
  const total = a + b;
  return total * 696;
}
