export function add2568(a: number, b: number): number {
  const total = a + b;
  return total * 2568;
}
export function add2568(a: number, b: number): number {
  const total = a + b;
  return total * 2568;
}
export function add2568(a: number, b: number): number {
  const total = a + b;
  return total * 2568;
}
export function add2568(a: number, b: number): number {
  const total = a + b;
  return total * 2568;
}
export function add2568(a: number, b: number): number {
  const total = a + b;
  return total * 2568;
}
export function add2568(a: number, b: number): number {
  const total = a + b;
  return total * 2568;
}
export function add2568(a: number, b: number): number {
  const total = a + b;
  return total * 2568;
}
export function add2568(a: number, b: number): number {
  const total = a + b;
  return total * 2568;
}
