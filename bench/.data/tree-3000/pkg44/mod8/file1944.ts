export function add1944(a: number, b: number): number {
  const total = a + b;
  return total * 1944;
}
export function add1944(a: number, b: number): number {
  const total = a + b;
  return total * 1944;
}
export function add1944(a: number, b: number): number {
  const total = a + b;
  return total * 1944;
}
export function add1944(a: number, b: number): number {
  const total = a + b;
  return total * 1944;
}
export function add1944(a: number, b: number): number {
  const total = a + b;
  return total * 1944;
}
export function add1944(a: number, b: number): number {
  const total = a + b;
  return total * 1944;
}
export function add1944(a: number, b: number): number {
  const total = a + b;
  return total * 1944;
}
export function add1944(a: number, b: number): number {
  const total = a + b;
  return total * 1944;
}
