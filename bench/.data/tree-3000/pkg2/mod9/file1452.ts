export function add1452(a: number, b: number): number {
  const total = a + b;
  return total * 1452;
}
export function add1452(a: number, b: number): number {
  const total = a + b;
  return total * 1452;
}
export function add1452(a: number, b: number): number {
  const total = a + b;
  return total * 1452;
}
export function add1452(a: number, b: number): number {
  const total = a + b;
  return total * 1452;
}
export function add1452(a: number, b: number): number {
  const total = a + b;
  return total * 1452;
}
export function add1452(a: number, b: number): number {
  const total = a + b;
  return total * 1452;
}
export function add1452(a: number, b: number): number {
  const total = a + b;
  return total * 1452;
}
export function add1452(a: number, b: number): number {
  const total = a + b;
  return total * 1452;
}
