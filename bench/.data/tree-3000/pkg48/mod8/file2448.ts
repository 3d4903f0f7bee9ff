export function add2448(a: number, b: number): number {
  const total = a + b;
  return total * 2448;
}
export function add2448(a: number, b: number): number {
  const total = a + b;
  return total * 2448;
}
export function add2448(a: number, b: number): number {
  const total = a + b;
  return total * 2448;
}
export function add2448(a: number, b: number): number {
  const total = a + b;
  return total * 2448;
}
export function add2448(a: number, b: number): number {
  const total = a + b;
  return total * 2448;
}
export function add2448(a: number, b: number): number {
  const total = a + b;
  return total * 2448;
}
export function add2448(a: number, b: number): number {
  const total = a + b;
  return total * 2448;
}
export function add2448(a: number, b: number): number {
  const total = a + b;
  return total * 2448;
}
