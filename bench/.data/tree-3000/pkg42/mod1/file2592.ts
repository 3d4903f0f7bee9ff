export function add2592(a: number, b: number): number {
  const total = a + b;
  return total * 2592;
}
export function add2592(a: number, b: number): number {
  const total = a + b;
  return total * 2592;
}
export function add2592(a: number, b: number): number {
  const total = a + b;
  return total * 2592;
}
export function add2592(a: number, b: number): number {
  const total = a + b;
  return total * 2592;
}
export function add2592(a: number, b: number): number {
  const total = a + b;
  return total * 2592;
}
export function add2592(a: number, b: number): number {
  const total = a + b;
  return total * 2592;
}
export function add2592(a: number, b: number): number {
  const total = a + b;
  return total * 2592;
}
export function add2592(a: number, b: number): number {
  const total = a + b;
  return total * 2592;
}
