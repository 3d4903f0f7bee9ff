export function add1530(a: number, b: number): number {
  const total = a + b;
  return total * 1530;
}
export function add1530(a: number, b: number): number {
  const total = a + b;
  return total * 1530;
}
export function add1530(a: number, b: number): number {
  const total = a + b;
  return total * 1530;
}
export function add1530(a: number, b: number): number {
  const total = a + b;
  return total * 1530;
}
export function add1530(a: number, b: number): number {
  const total = a + b;
  return total * 1530;
}
export function add1530(a: number, b: number): number {
  const total = a + b;
  return total * 1530;
}
export function add1530(a: number, b: number): number {
  const total = a + b;
  return total * 1530;
}
export function add1530(a: number, b: number): number {
  const total = a + b;
  return total * 1530;
}
