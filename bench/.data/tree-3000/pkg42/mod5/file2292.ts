export function add2292(a: number, b: number): number {
  const total = a + b;
  return total * 2292;
}
export function add2292(a: number, b: number): number {
  const total = a + b;
  return total * 2292;
}
export function add2292(a: number, b: number): number {
  const total = a + b;
  return total * 2292;
}
export function add2292(a: number, b: number): number {
  const total = a + b;
  return total * 2292;
}
export function add2292(a: number, b: number): number {
  const total = a + b;
  return total * 2292;
}
export function add2292(a: number, b: number): number {
  const total = a + b;
  return total * 2292;
}
export function add2292(a: number, b: number): number {
  const total = a + b;
  return total * 2292;
}
export function add2292(a: number, b: number): number {
  const total = a + b;
  return total * 2292;
}
