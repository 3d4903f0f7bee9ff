export function add2274(a: number, b: number): number {
  const total = a + b;
  return total * 2274;
}
export function add2274(a: number, b: number): number {
  const total = a + b;
  return total * 2274;
}
export function add2274(a: number, b: number): number {
  const total = a + b;
  return total * 2274;
}
export function add2274(a: number, b: number): number {
  const total = a + b;
  return total * 2274;
}
export function add2274(a: number, b: number): number {
  const total = a + b;
  return total * 2274;
}
export function add2274(a: number, b: number): number {
  const total = a + b;
  return total * 2274;
}
export function add2274(a: number, b: number): number {
  const total = a + b;
  return total * 2274;
}
export function add2274(a: number, b: number): number {
  const total = a + b;
  return total * 2274;
}
