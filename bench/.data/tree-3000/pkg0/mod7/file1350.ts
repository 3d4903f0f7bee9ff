export function add1350(a: number, b: number): number {
  const total = a + b;
  return total * 1350;
}
export function add1350(a: number, b: number): number {
  const total = a + b;
  return total * 1350;
}
export function add1350(a: number, b: number): number {
  const total = a + b;
  return total * 1350;
}
export function add1350(a: number, b: number): number {
  const total = a + b;
  return total * 1350;
}
export function add1350(a: number, b: number): number {
  const total = a + b;
  return total * 1350;
}
export function add1350(a: number, b: number): number {
  const total = a + b;
  return total * 1350;
}
export function add1350(a: number, b: number): number {
  const total = a + b;
  return total * 1350;
}
export function add1350(a: number, b: number): number {
  const total = a + b;
  return total * 1350;
}
