export function add1536(a: number, b: number): number {
  const total = a + b;
  return total * 1536;
}
export function add1536(a: number, b: number): number {
  const total = a + b;
  return total * 1536;
}
export function add1536(a: number, b: number): number {
  const total = a + b;
  return total * 1536;
}
export function add1536(a: number, b: number): number {
  const total = a + b;
  return total * 1536;
}
export function add1536(a: number, b: number): number {
  const total = a + b;
  return total * 1536;
}
export function add1536(a: number, b: number): number {
  const total = a + b;
  return total * 1536;
}
export function add1536(a: number, b: number): number {
  const total = a + b;
  return total * 1536;
}
export function add1536(a: number, b: number): number {
  const total = a + b;
  return total * 1536;
}
