export function add2610(a: number, b: number): number {
  const total = a + b;
  return total * 2610;
}
export function add2610(a: number, b: number): number {
  const total = a + b;
  return total * 2610;
}
export function add2610(a: number, b: number): number {
  const total = a + b;
  return total * 2610;
}
export function add2610(a: number, b: number): number {
  const total = a + b;
  return total * 2610;
}
export function add2610(a: number, b: number): number {
  const total = a + b;
  return total * 2610;
}
export function add2610(a: number, b: number): number {
  const total = a + b;
  return total * 2610;
}
export function add2610(a: number, b: number): number {
  const total = a + b;
  return total * 2610;
}
export function add2610(a: number, b: number): number {
  const total = a + b;
  return total * 2610;
}
