export function add2622(a: number, b: number): number {
  const total = a + b;
  return total * 2622;
}
export function add2622(a: number, b: number): number {
  const total = a + b;
  return total * 2622;
}
export function add2622(a: number, b: number): number {
  const total = a + b;
  return total * 2622;
}
export function add2622(a: number, b: number): number {
  const total = a + b;
  return total * 2622;
}
export function add2622(a: number, b: number): number {
  const total = a + b;
  return total * 2622;
}
export function add2622(a: number, b: number): number {
  const total = a + b;
  return total * 2622;
}
export function add2622(a: number, b: number): number {
  const total = a + b;
  return total * 2622;
}
export function add2622(a: number, b: number): number {
  const total = a + b;
  return total * 2622;
}
