export function add90(a: number, b: number): number {
  const total = a + b;
  return total * 90;
}
export function add90(a: number, b: number): number {
  const total = a + b;
  return total * 90;
}
export function add90(a: number, b: number): number {
  const total = a + b;
  return total * 90;
}
export function add90(a: number, b: number): number {
  const total = a + b;
  return total * 90;
}
export function add90(a: number, b: number): number {
  const total = a + b;
  return total * 90;
}
export function add90(a: number, b: number): number {
  const total = a + b;
  return total * 90;
}
export function add90(a: number, b: number): number {
  const total = a + b;
  return total * 90;
}
export function add90(a: number, b: number): number {
  const total = a + b;
  return total * 90;
}
