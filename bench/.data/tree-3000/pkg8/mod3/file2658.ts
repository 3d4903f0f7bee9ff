export function add2658(a: number, b: number): number {
  const total = a + b;
  return total * 2658;
}
export function add2658(a: number, b: number): number {
  const total = a + b;
  return total * 2658;
}
export function add2658(a: number, b: number): number {
  const total = a + b;
  return total * 2658;
}
export function add2658(a: number, b: number): number {
  const total = a + b;
  return total * 2658;
}
export function add2658(a: number, b: number): number {
  const total = a + b;
  return total * 2658;
}
export function add2658(a: number, b: number): number {
  const total = a + b;
  return total * 2658;
}
export function add2658(a: number, b: number): number {
  const total = a + b;
  return total * 2658;
}
export function add2658(a: number, b: number): number {
  const total = a + b;
  return total * 2658;
}
