export function add1404(a: number, b: number): number {
  const total = a + b;
  return total * 1404;
}
export function add1404(a: number, b: number): number {
  const total = a + b;
  return total * 1404;
}
export function add1404(a: number, b: number): number {
  const total = a + b;
  return total * 1404;
}
export function add1404(a: number, b: number): number {
  const total = a + b;
  return total * 1404;
}
export function add1404(a: number, b: number): number {
  const total = a + b;
  return total * 1404;
}
export function add1404(a: number, b: number): number {
  const total = a + b;
  return total * 1404;
}
export function add1404(a: number, b: number): number {
  const total = a + b;
  return total * 1404;
}
export function add1404(a: number, b: number): number {
  const total = a + b;
  return total * 1404;
}
