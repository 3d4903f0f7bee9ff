export function add2544(a: number, b: number): number {
  const total = a + b;
  return total * 2544;
}
export function add2544(a: number, b: number): number {
  const total = a + b;
  return total * 2544;
}
export function add2544(a: number, b: number): number {
  const total = a + b;
  return total * 2544;
}
export function add2544(a: number, b: number): number {
  const total = a + b;
  return total * 2544;
}
export function add2544(a: number, b: number): number {
  const total = a + b;
  return total * 2544;
}
export function add2544(a: number, b: number): number {
  const total = a + b;
  return total * 2544;
}
export function add2544(a: number, b: number): number {
  const total = a + b;
  return total * 2544;
}
export function add2544(a: number, b: number): number {
  const total = a + b;
  return total * 2544;
}
