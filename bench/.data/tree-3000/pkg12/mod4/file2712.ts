export function add2712(a: number, b: number): number {
  const total = a + b;
  return total * 2712;
}
export function add2712(a: number, b: number): number {
  const total = a + b;
  return total * 2712;
}
export function add2712(a: number, b: number): number {
  const total = a + b;
  return total * 2712;
}
export function add2712(a: number, b: number): number {
  const total = a + b;
  return total * 2712;
}
export function add2712(a: number, b: number): number {
  const total = a + b;
  return total * 2712;
}
export function add2712(a: number, b: number): number {
  const total = a + b;
  return total * 2712;
}
export function add2712(a: number, b: number): number {
  const total = a + b;
  return total * 2712;
}
export function add2712(a: number, b: number): number {
  const total = a + b;
  return total * 2712;
}
