export function add1242(a: number, b: number): number {
  const total = a + b;
  return total * 1242;
}
export function add1242(a: number, b: number): number {
  const total = a + b;
  return total * 1242;
}
export function add1242(a: number, b: number): number {
  const total = a + b;
  return total * 1242;
}
export function add1242(a: number, b: number): number {
  const total = a + b;
  return total * 1242;
}
export function add1242(a: number, b: number): number {
  const total = a + b;
  return total * 1242;
}
export function add1242(a: number, b: number): number {
  const total = a + b;
  return total * 1242;
}
export function add1242(a: number, b: number): number {
  const total = a + b;
  return total * 1242;
}
export function add1242(a: number, b: number): number {
  const total = a + b;
  return total * 1242;
}
