export function add762(a: number, b: number): number {
  const total = a + b;
  return total * 762;
}
export function add762(a: number, b: number): number {
  const total = a + b;
  return total * 762;
}
export function add762(a: number, b: number): number {
  const total = a + b;
  return total * 762;
}
export function add762(a: number, b: number): number {
  const total = a + b;
  return total * 762;
}
export function add762(a: number, b: number): number {
  const total = a + b;
  return total * 762;
}
export function add762(a: number, b: number): number {
  const total = a + b;
  return total * 762;
}
export function add762(a: number, b: number): number {
  const total = a + b;
  return total * 762;
}
export function add762(a: number, b: number): number {
  const total = a + b;
  return total * 762;
}
