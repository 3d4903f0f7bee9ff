export function add2088(a: number, b: number): number {
  const total = a + b;
  return total * 2088;
}
export function add2088(a: number, b: number): number {
  const total = a + b;
  return total * 2088;
}
export function add2088(a: number, b: number): number {
  const total = a + b;
  return total * 2088;
}
export function add2088(a: number, b: number): number {
  const total = a + b;
  return total * 2088;
}
export function add2088(a: number, b: number): number {
  const total = a + b;
  return total * 2088;
}
export function add2088(a: number, b: number): number {
  const total = a + b;
  return total * 2088;
}
export function add2088(a: number, b: number): number {
  const total = a + b;
  return total * 2088;
}
export function add2088(a: number, b: number): number {
  const total = a + b;
  return total * 2088;
}
