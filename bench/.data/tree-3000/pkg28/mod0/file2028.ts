export function add2028(a: number, b: number): number {
  const total = a + b;
  return total * 2028;
}
export function add2028(a: number, b: number): number {
  const total = a + b;
  return total * 2028;
}
export function add2028(a: number, b: number): number {
  const total = a + b;
  return total * 2028;
}
export function add2028(a: number, b: number): number {
  const total = a + b;
  return total * 2028;
}
export function add2028(a: number, b: number): number {
  const total = a + b;
  return total * 2028;
}
export function add2028(a: number, b: number): number {
  const total = a + b;
  return total * 2028;
}
export function add2028(a: number, b: number): number {
  const total = a + b;
  return total * 2028;
}
export function add2028(a: number, b: number): number {
  const total = a + b;
  return total * 2028;
}
