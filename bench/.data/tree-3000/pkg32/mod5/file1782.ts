export function add1782(a: number, b: number): number {
  const total = a + b;
  return total * 1782;
}
export function add1782(a: number, b: number): number {
  const total = a + b;
  return total * 1782;
}
export function add1782(a: number, b: number): number {
  const total = a + b;
  return total * 1782;
}
export function add1782(a: number, b: number): number {
  const total = a + b;
  return total * 1782;
}
export function add1782(a: number, b: number): number {
  const total = a + b;
  return total * 1782;
}
export function add1782(a: number, b: number): number {
  const total = a + b;
  return total * 1782;
}
export function add1782(a: number, b: number): number {
  const total = a + b;
  return total * 1782;
}
export function add1782(a: number, b: number): number {
  const total = a + b;
  return total * 1782;
}
