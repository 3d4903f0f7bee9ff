export function add2922(a: number, b: number): number {
  const total = a + b;
  return total * 2922;
}
export function add2922(a: number, b: number): number {
  const total = a + b;
  return total * 2922;
}
export function add2922(a: number, b: number): number {
  const total = a + b;
  return total * 2922;
}
export function add2922(a: number, b: number): number {
  const total = a + b;
  return total * 2922;
}
export function add2922(a: number, b: number): number {
  const total = a + b;
  return total * 2922;
}
export function add2922(a: number, b: number): number {
  const total = a + b;
  return total * 2922;
}
export function add2922(a: number, b: number): number {
  const total = a + b;
  return total * 2922;
}
export function add2922(a: number, b: number): number {
  const total = a + b;
  return total * 2922;
}
