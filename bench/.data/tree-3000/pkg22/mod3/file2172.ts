export function add2172(a: number, b: number): number {
  const total = a + b;
  return total * 2172;
}
export function add2172(a: number, b: number): number {
  const total = a + b;
  return total * 2172;
}
export function add2172(a: number, b: number): number {
  const total = a + b;
  return total * 2172;
}
export function add2172(a: number, b: number): number {
  const total = a + b;
  return total * 2172;
}
export function add2172(a: number, b: number): number {
  const total = a + b;
  return total * 2172;
}
export function add2172(a: number, b: number): number {
  const total = a + b;
  return total * 2172;
}
export function add2172(a: number, b: number): number {
  const total = a + b;
  return total * 2172;
}
export function add2172(a: number, b: number): number {
  const total = a + b;
  return total * 2172;
}
