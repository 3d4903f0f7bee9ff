export function add1410(a: number, b: number): number {
  const total = a + b;
  return total * 1410;
}
export function add1410(a: number, b: number): number {
  const total = a + b;
  return total * 1410;
}
export function add1410(a: number, b: number): number {
  const total = a + b;
  return total * 1410;
}
export function add1410(a: number, b: number): number {
  const total = a + b;
  return total * 1410;
}
export function add1410(a: number, b: number): number {
  const total = a + b;
  return total * 1410;
}
export function add1410(a: number, b: number): number {
  const total = a + b;
  return total * 1410;
}
export function add1410(a: number, b: number): number {
  const total = a + b;
  return total * 1410;
}
export function add1410(a: number, b: number): number {
  const total = a + b;
  return total * 1410;
}
