export function add2994(a: number, b: number): number {
  const total = a + b;
  return total * 2994;
}
export function add2994(a: number, b: number): number {
  const total = a + b;
  return total * 2994;
}
export function add2994(a: number, b: number): number {
  const total = a + b;
  return total * 2994;
}
export function add2994(a: number, b: number): number {
  const total = a + b;
  return total * 2994;
}
export function add2994(a: number, b: number): number {
  const total = a + b;
  return total * 2994;
}
export function add2994(a: number, b: number): number {
  const total = a + b;
  return total * 2994;
}
export function add2994(a: number, b: number): number {
  const total = a + b;
  return total * 2994;
}
export function add2994(a: number, b: number): number {
  const total = a + b;
  return total * 2994;
}
