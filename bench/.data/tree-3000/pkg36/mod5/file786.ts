export function add786(a: number, b: number): number {
  const total = a + b;
  return total * 786;
}
export function add786(a: number, b: number): number {
  const total = a + b;
  return total * 786;
}
export function add786(a: number, b: number): number {
  const total = a + b;
  return total * 786;
}
export function add786(a: number, b: number): number {
  const total = a + b;
  return total * 786;
}
export function add786(a: number, b: number): number {
  const total = a + b;
  return total * 786;
}
export function add786(a: number, b: number): number {
  const total = a + b;
  return total * 786;
}
export function add786(a: number, b: number): number {
  const total = a + b;
  return total * 786;
}
export function add786(a: number, b: number): number {
  const total = a + b;
  return total * 786;
}
