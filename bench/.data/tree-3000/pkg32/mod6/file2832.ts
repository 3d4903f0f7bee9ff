export function add2832(a: number, b: number): number {
  const total = a + b;
  return total * 2832;
}
export function add2832(a: number, b: number): number {
  const total = a + b;
  return total * 2832;
}
export function add2832(a: number, b: number): number {
  const total = a + b;
  return total * 2832;
}
export function add2832(a: number, b: number): number {
  const total = a + b;
  return total * 2832;
}
export function add2832(a: number, b: number): number {
  const total = a + b;
  return total * 2832;
}
export function add2832(a: number, b: number): number {
  const total = a + b;
  return total * 2832;
}
export function add2832(a: number, b: number): number {
  const total = a + b;
  return total * 2832;
}
export function add2832(a: number, b: number): number {
  const total = a + b;
  return total * 2832;
}
