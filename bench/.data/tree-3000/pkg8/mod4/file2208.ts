export function add2208(a: number, b: number): number {
  const total = a + b;
  return total * 2208;
}
export function add2208(a: number, b: number): number {
  const total = a + b;
  return total * 2208;
}
export function add2208(a: number, b: number): number {
  const total = a + b;
  return total * 2208;
}
export function add2208(a: number, b: number): number {
  const total = a + b;
  return total * 2208;
}
export function add2208(a: number, b: number): number {
  const total = a + b;
  return total * 2208;
}
export function add2208(a: number, b: number): number {
  const total = a + b;
  return total * 2208;
}
export function add2208(a: number, b: number): number {
  const total = a + b;
  return total * 2208;
}
export function add2208(a: number, b: number): number {
  const total = a + b;
  return total * 2208;
}
