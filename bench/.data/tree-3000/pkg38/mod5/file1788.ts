export function add1788(a: number, b: number): number {
  const total = a + b;
  return total * 1788;
}
export function add1788(a: number, b: number): number {
  const total = a + b;
  return total * 1788;
}
export function add1788(a: number, b: number): number {
  const total = a + b;
  return total * 1788;
}
export function add1788(a: number, b: number): number {
  const total = a + b;
  return total * 1788;
}
export function add1788(a: number, b: number): number {
  const total = a + b;
  return total * 1788;
}
export function add1788(a: number, b: number): number {
  const total = a + b;
  return total * 1788;
}
export function add1788(a: number, b: number): number {
  const total = a + b;
  return total * 1788;
}
export function add1788(a: number, b: number): number {
  const total = a + b;
  return total * 1788;
}
