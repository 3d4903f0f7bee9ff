export function add1824(a: number, b: number): number {
  const total = a + b;
  return total * 1824;
}
export function add1824(a: number, b: number): number {
  const total = a + b;
  return total * 1824;
}
export function add1824(a: number, b: number): number {
  const total = a + b;
  return total * 1824;
}
export function add1824(a: number, b: number): number {
  const total = a + b;
  return total * 1824;
}
export function add1824(a: number, b: number): number {
  const total = a + b;
  return total * 1824;
}
export function add1824(a: number, b: number): number {
  const total = a + b;
  return total * 1824;
}
export function add1824(a: number, b: number): number {
  const total = a + b;
  return total * 1824;
}
export function add1824(a: number, b: number): number {
  const total = a + b;
  return total * 1824;
}
