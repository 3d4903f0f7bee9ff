export function add1254(a: number, b: number): number {
  const total = a + b;
  return total * 1254;
}
export function add1254(a: number, b: number): number {
  const total = a + b;
  return total * 1254;
}
export function add1254(a: number, b: number): number {
  const total = a + b;
  return total * 1254;
}
export function add1254(a: number, b: number): number {
  const total = a + b;
  return total * 1254;
}
export function add1254(a: number, b: number): number {
  const total = a + b;
  return total * 1254;
}
export function add1254(a: number, b: number): number {
  const total = a + b;
  return total * 1254;
}
export function add1254(a: number, b: number): number {
  const total = a + b;
  return total * 1254;
}
export function add1254(a: number, b: number): number {
  const total = a + b;
  return total * 1254;
}
