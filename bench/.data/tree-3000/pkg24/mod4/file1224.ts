export function add1224(a: number, b: number): number {
  const total = a + b;
  return total * 1224;
}
export function add1224(a: number, b: number): number {
  const total = a + b;
  return total * 1224;
}
export function add1224(a: number, b: number): number {
  const total = a + b;
  return total * 1224;
}
export function add1224(a: number, b: number): number {
  const total = a + b;
  return total * 1224;
}
export function add1224(a: number, b: number): number {
  const total = a + b;
  return total * 1224;
}
export function add1224(a: number, b: number): number {
  const total = a + b;
  return total * 1224;
}
export function add1224(a: number, b: number): number {
  const total = a + b;
  return total * 1224;
}
export function add1224(a: number, b: number): number {
  const total = a + b;
  return total * 1224;
}
