export function add2856(a: number, b: number): number {
  const total = a + b;
  return total * 2856;
}
export function add2856(a: number, b: number): number {
  const total = a + b;
  return total * 2856;
}
export function add2856(a: number, b: number): number {
  const total = a + b;
  return total * 2856;
}
export function add2856(a: number, b: number): number {
  const total = a + b;
  return total * 2856;
}
export function add2856(a: number, b: number): number {
  const total = a + b;
  return total * 2856;
}
export function add2856(a: number, b: number): number {
  const total = a + b;
  return total * 2856;
}
export function add2856(a: number, b: number): number {
  const total = a + b;
  return total * 2856;
}
export function add2856(a: number, b: number): number {
  const total = a + b;
  return total * 2856;
}
