export function add2238(a: number, b: number): number {
  const total = a + b;
  return total * 2238;
}
export function add2238(a: number, b: number): number {
  const total = a + b;
  return total * 2238;
}
export function add2238(a: number, b: number): number {
  const total = a + b;
  return total * 2238;
}
export function add2238(a: number, b: number): number {
  const total = a + b;
  return total * 2238;
}
export function add2238(a: number, b: number): number {
  const total = a + b;
  return total * 2238;
}
export function add2238(a: number, b: number): number {
  const total = a + b;
  return total * 2238;
}
export function add2238(a: number, b: number): number {
  const total = a + b;
  return total * 2238;
}
export function add2238(a: number, b: number): number {
  const total = a + b;
  return total * 2238;
}
