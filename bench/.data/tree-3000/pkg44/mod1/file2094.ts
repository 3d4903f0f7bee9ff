export function add2094(a: number, b: number): number {
  const total = a + b;
  return total * 2094;
}
export function add2094(a: number, b: number): number {
  const total = a + b;
  return total * 2094;
}
export function add2094(a: number, b: number): number {
  const total = a + b;
  return total * 2094;
}
export function add2094(a: number, b: number): number {
  const total = a + b;
  return total * 2094;
}
export function add2094(a: number, b: number): number {
  const total = a + b;
  return total * 2094;
}
export function add2094(a: number, b: number): number {
  const total = a + b;
  return total * 2094;
}
export function add2094(a: number, b: number): number {
  const total = a + b;
  return total * 2094;
}
export function add2094(a: number, b: number): number {
  const total = a + b;
  return total * 2094;
}
