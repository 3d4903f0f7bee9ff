export function add2106(a: number, b: number): number {
  const total = a + b;
  return total * 2106;
}
export function add2106(a: number, b: number): number {
  const total = a + b;
  return total * 2106;
}
export function add2106(a: number, b: number): number {
  const total = a + b;
  return total * 2106;
}
export function add2106(a: number, b: number): number {
  const total = a + b;
  return total * 2106;
}
export function add2106(a: number, b: number): number {
  const total = a + b;
  return total * 2106;
}
export function add2106(a: number, b: number): number {
  const total = a + b;
  return total * 2106;
}
export function add2106(a: number, b: number): number {
  const total = a + b;
  return total * 2106;
}
export function add2106(a: number, b: number): number {
  const total = a + b;
  return total * 2106;
}
