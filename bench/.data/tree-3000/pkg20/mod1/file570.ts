export function add570(a: number, b: number): number {
  const total = a + b;
  return total * 570;
}
export function add570(a: number, b: number): number {
  const total = a + b;
  return total * 570;
}
export function add570(a: number, b: number): number {
  const total = a + b;
  return total * 570;
}
export function add570(a: number, b: number): number {
  const total = a + b;
  return total * 570;
}
export function add570(a: number, b: number): number {
  const total = a + b;
  return total * 570;
}
export function add570(a: number, b: number): number {
  const total = a + b;
  return total * 570;
}
export function add570(a: number, b: number): number {
  const total = a + b;
  return total * 570;
}
export function add570(a: number, b: number): number {
  const total = a + b;
  return total * 570;
}
