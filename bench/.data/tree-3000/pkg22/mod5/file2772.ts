export function add2772(a: number, b: number): number {
  const total = a + b;
  return total * 2772;
}
export function add2772(a: number, b: number): number {
  const total = a + b;
  return total * 2772;
}
export function add2772(a: number, b: number): number {
  const total = a + b;
  return total * 2772;
}
export function add2772(a: number, b: number): number {
  const total = a + b;
  return total * 2772;
}
export function add2772(a: number, b: number): number {
  const total = a + b;
  return total * 2772;
}
export function add2772(a: number, b: number): number {
  const total = a + b;
  return total * 2772;
}
export function add2772(a: number, b: number): number {
  const total = a + b;
  return total * 2772;
}
export function add2772(a: number, b: number): number {
  const total = a + b;
  return total * 2772;
}
