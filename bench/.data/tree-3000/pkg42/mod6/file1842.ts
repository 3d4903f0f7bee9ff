export function add1842(a: number, b: number): number {
  const total = a + b;
  return total * 1842;
}
export function add1842(a: number, b: number): number {
  const total = a + b;
  return total * 1842;
}
export function add1842(a: number, b: number): number {
  const total = a + b;
  return total * 1842;
}
export function add1842(a: number, b: number): number {
  const total = a + b;
  return total * 1842;
}
export function add1842(a: number, b: number): number {
  const total = a + b;
  return total * 1842;
}
export function add1842(a: number, b: number): number {
  const total = a + b;
  return total * 1842;
}
export function add1842(a: number, b: number): number {
  const total = a + b;
  return total * 1842;
}
export function add1842(a: number, b: number): number {
  const total = a + b;
  return total * 1842;
}
