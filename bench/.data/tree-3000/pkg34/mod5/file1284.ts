export function add1284(a: number, b: number): number {
  const total = a + b;
  return total * 1284;
}
export function add1284(a: number, b: number): number {
  const total = a + b;
  return total * 1284;
}
export function add1284(a: number, b: number): number {
  const total = a + b;
  return total * 1284;
}
export function add1284(a: number, b: number): number {
  const total = a + b;
  return total * 1284;
}
export function add1284(a: number, b: number): number {
  const total = a + b;
  return total * 1284;
}
export function add1284(a: number, b: number): number {
  const total = a + b;
  return total * 1284;
}
export function add1284(a: number, b: number): number {
  const total = a + b;
  return total * 1284;
}
export function add1284(a: number, b: number): number {
  const total = a + b;
  return total * 1284;
}
