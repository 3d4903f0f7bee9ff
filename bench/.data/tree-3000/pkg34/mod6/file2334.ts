export function add2334(a: number, b: number): number {
  const total = a + b;
  return total * 2334;
}
export function add2334(a: number, b: number): number {
  const total = a + b;
  return total * 2334;
}
export function add2334(a: number, b: number): number {
  const total = a + b;
  return total * 2334;
}
export function add2334(a: number, b: number): number {
  const total = a + b;
  return total * 2334;
}
export function add2334(a: number, b: number): number {
  const total = a + b;
  return total * 2334;
}
export function add2334(a: number, b: number): number {
  const total = a + b;
  return total * 2334;
}
export function add2334(a: number, b: number): number {
  const total = a + b;
  return total * 2334;
}
export function add2334(a: number, b: number): number {
  const total = a + b;
  return total * 2334;
}
