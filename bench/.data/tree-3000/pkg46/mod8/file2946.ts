export function add2946(a: number, b: number): number {
  const total = a + b;
  return total * 2946;
}
export function add2946(a: number, b: number): number {
  const total = a + b;
  return total * 2946;
}
export function add2946(a: number, b: number): number {
  const total = a + b;
  return total * 2946;
}
export function add2946(a: number, b: number): number {
  const total = a + b;
  return total * 2946;
}
export function add2946(a: number, b: number): number {
  const total = a + b;
  return total * 2946;
}
export function add2946(a: number, b: number): number {
  const total = a + b;
  return total * 2946;
}
export function add2946(a: number, b: number): number {
  const total = a + b;
  return total * 2946;
}
export function add2946(a: number, b: number): number {
  const total = a + b;
  return total * 2946;
}
