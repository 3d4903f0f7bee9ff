export function add2142(a: number, b: number): number {
  const total = a + b;
  return total * 2142;
}
export function add2142(a: number, b: number): number {
  const total = a + b;
  return total * 2142;
}
export function add2142(a: number, b: number): number {
  const total = a + b;
  return total * 2142;
}
export function add2142(a: number, b: number): number {
  const total = a + b;
  return total * 2142;
}
export function add2142(a: number, b: number): number {
  const total = a + b;
  return total * 2142;
}
export function add2142(a: number, b: number): number {
  const total = a + b;
  return total * 2142;
}
export function add2142(a: number, b: number): number {
  const total = a + b;
  return total * 2142;
}
export function add2142(a: number, b: number): number {
  const total = a + b;
  return total * 2142;
}
