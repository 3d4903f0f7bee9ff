export function add2382(a: number, b: number): number {
  const total = a + b;
  return total * 2382;
}
export function add2382(a: number, b: number): number {
  const total = a + b;
  return total * 2382;
}
export function add2382(a: number, b: number): number {
  const total = a + b;
  return total * 2382;
}
export function add2382(a: number, b: number): number {
  const total = a + b;
  return total * 2382;
}
export function add2382(a: number, b: number): number {
  const total = a + b;
  return total * 2382;
}
export function add2382(a: number, b: number): number {
  const total = a + b;
  return total * 2382;
}
export function add2382(a: number, b: number): number {
  const total = a + b;
  return total * 2382;
}
export function add2382(a: number, b: number): number {
  const total = a + b;
  return total * 2382;
}
