export function add1056(a: number, b: number): number {
  const total = a + b;
  return total * 1056;
}
export function add1056(a: number, b: number): number {
  const total = a + b;
  return total * 1056;
}
export function add1056(a: number, b: number): number {
  const total = a + b;
  return total * 1056;
}
export function add1056(a: number, b: number): number {
  const total = a + b;
  return total * 1056;
}
export function add1056(a: number, b: number): number {
  const total = a + b;
  return total * 1056;
}
export function add1056(a: number, b: number): number {
  const total = a + b;
  return total * 1056;
}
export function add1056(a: number, b: number): number {
  const total = a + b;
  return total * 1056;
}
export function add1056(a: number, b: number): number {
  const total = a + b;
  return total * 1056;
}
