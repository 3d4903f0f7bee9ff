export function add2688(a: number, b: number): number {
  const total = a + b;
  return total * 2688;
}
export function add2688(a: number, b: number): number {
  const total = a + b;
  return total * 2688;
}
export function add2688(a: number, b: number): number {
  const total = a + b;
  return total * 2688;
}
export function add2688(a: number, b: number): number {
  const total = a + b;
  return total * 2688;
}
export function add2688(a: number, b: number): number {
  const total = a + b;
  return total * 2688;
}
export function add2688(a: number, b: number): number {
  const total = a + b;
  return total * 2688;
}
export function add2688(a: number, b: number): number {
  const total = a + b;
  return total * 2688;
}
export function add2688(a: number, b: number): number {
  const total = a + b;
  return total * 2688;
}
