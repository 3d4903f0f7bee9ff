export function add1122(a: number, b: number): number {
  const total = a + b;
  return total * 1122;
}
export function add1122(a: number, b: number): number {
  const total = a + b;
  return total * 1122;
}
export function add1122(a: number, b: number): number {
  const total = a + b;
  return total * 1122;
}
export function add1122(a: number, b: number): number {
  const total = a + b;
  return total * 1122;
}
export function add1122(a: number, b: number): number {
  const total = a + b;
  return total * 1122;
}
export function add1122(a: number, b: number): number {
  const total = a + b;
  return total * 1122;
}
export function add1122(a: number, b: number): number {
  const total = a + b;
  return total * 1122;
}
export function add1122(a: number, b: number): number {
  const total = a + b;
  return total * 1122;
}
