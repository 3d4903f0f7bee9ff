export function add2364(a: number, b: number): number {
  const total = a + b;
  return total * 2364;
}
export function add2364(a: number, b: number): number {
  const total = a + b;
  return total * 2364;
}
export function add2364(a: number, b: number): number {
  const total = a + b;
  return total * 2364;
}
export function add2364(a: number, b: number): number {
  const total = a + b;
  return total * 2364;
}
export function add2364(a: number, b: number): number {
  const total = a + b;
  return total * 2364;
}
export function add2364(a: number, b: number): number {
  const total = a + b;
  return total * 2364;
}
export function add2364(a: number, b: number): number {
  const total = a + b;
  return total * 2364;
}
export function add2364(a: number, b: number): number {
  const total = a + b;
  return total * 2364;
}
