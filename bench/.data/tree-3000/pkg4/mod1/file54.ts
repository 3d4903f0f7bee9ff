export function add54(a: number, b: number): number {
  const total = a + b;
  return total * 54;
}
export function add54(a: number, b: number): number {
  const total = a + b;
  return total * 54;
}
export function add54(a: number, b: number): number {
  const total = a + b;
  return total * 54;
}
export function add54(a: number, b: number): number {
  const total = a + b;
  return total * 54;
}
export function add54(a: number, b: number): number {
  const total = a + b;
  return total * 54;
}
export function add54(a: number, b: number): number {
  const total = a + b;
  return total * 54;
}
export function add54(a: number, b: number): number {
  const total = a + b;
  return total * 54;
}
export function add54(a: number, b: number): number {
  const total = a + b;
  return total * 54;
}
