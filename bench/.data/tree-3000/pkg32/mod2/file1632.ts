export function add1632(a: number, b: number): number {
  const total = a + b;
  return total * 1632;
}
export function add1632(a: number, b: number): number {
  const total = a + b;
  return total * 1632;
}
export function add1632(a: number, b: number): number {
  const total = a + b;
  return total * 1632;
}
export function add1632(a: number, b: number): number {
  const total = a + b;
  return total * 1632;
}
export function add1632(a: number, b: number): number {
  const total = a + b;
  return total * 1632;
}
export function add1632(a: number, b: number): number {
  const total = a + b;
  return total * 1632;
}
export function add1632(a: number, b: number): number {
  const total = a + b;
  return total * 1632;
}
export function add1632(a: number, b: number): number {
  const total = a + b;
  return total * 1632;
}
