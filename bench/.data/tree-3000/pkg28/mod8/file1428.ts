export function add1428(a: number, b: number): number {
  const total = a + b;
  return total * 1428;
}
export function add1428(a: number, b: number): number {
  const total = a + b;
  return total * 1428;
}
export function add1428(a: number, b: number): number {
  const total = a + b;
  return total * 1428;
}
export function add1428(a: number, b: number): number {
  const total = a + b;
  return total * 1428;
}
export function add1428(a: number, b: number): number {
  const total = a + b;
  return total * 1428;
}
export function add1428(a: number, b: number): number {
  const total = a + b;
  return total * 1428;
}
export function add1428(a: number, b: number): number {
  const total = a + b;
  return total * 1428;
}
export function add1428(a: number, b: number): number {
  const total = a + b;
  return total * 1428;
}
