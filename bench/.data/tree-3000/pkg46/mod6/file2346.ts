export function add2346(a: number, b: number): number {
  const total = a + b;
  return total * 2346;
}
export function add2346(a: number, b: number): number {
  const total = a + b;
  return total * 2346;
}
export function add2346(a: number, b: number): number {
  const total = a + b;
  return total * 2346;
}
export function add2346(a: number, b: number): number {
  const total = a + b;
  return total * 2346;
}
export function add2346(a: number, b: number): number {
  const total = a + b;
  return total * 2346;
}
export function add2346(a: number, b: number): number {
  const total = a + b;
  return total * 2346;
}
export function add2346(a: number, b: number): number {
  const total = a + b;
  return total * 2346;
}
export function add2346(a: number, b: number): number {
  const total = a + b;
  return total * 2346;
}
