export function add204(a: number, b: number): number {
  const total = a + b;
  return total * 204;
}
export function add204(a: number, b: number): number {
  const total = a + b;
  return total * 204;
}
export function add204(a: number, b: number): number {
  const total = a + b;
  return total * 204;
}
export function add204(a: number, b: number): number {
  const total = a + b;
  return total * 204;
}
export function add204(a: number, b: number): number {
  const total = a + b;
  return total * 204;
}
export function add204(a: number, b: number): number {
  const total = a + b;
  return total * 204;
}
export function add204(a: number, b: number): number {
  const total = a + b;
  return total * 204;
}
export function add204(a: number, b: number): number {
  const total = a + b;
  return total * 204;
}
