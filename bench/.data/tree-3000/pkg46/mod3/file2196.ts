export function add2196(a: number, b: number): number {
  const total = a + b;
  return total * 2196;
}
export function add2196(a: number, b: number): number {
  const total = a + b;
  return total * 2196;
}
export function add2196(a: number, b: number): number {
  const total = a + b;
  return total * 2196;
}
export function add2196(a: number, b: number): number {
  const total = a + b;
  return total * 2196;
}
export function add2196(a: number, b: number): number {
  const total = a + b;
  return total * 2196;
}
export function add2196(a: number, b: number): number {
  const total = a + b;
  return total * 2196;
}
export function add2196(a: number, b: number): number {
  const total = a + b;
  return total * 2196;
}
export function add2196(a: number, b: number): number {
  const total = a + b;
  return total * 2196;
}
