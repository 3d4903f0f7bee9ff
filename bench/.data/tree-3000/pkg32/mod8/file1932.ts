export function add1932(a: number, b: number): number {
  const total = a + b;
  return total * 1932;
}
export function add1932(a: number, b: number): number {
  const total = a + b;
  return total * 1932;
}
export function add1932(a: number, b: number): number {
  const total = a + b;
  return total * 1932;
}
export function add1932(a: number, b: number): number {
  const total = a + b;
  return total * 1932;
}
export function add1932(a: number, b: number): number {
  const total = a + b;
  return total * 1932;
}
export function add1932(a: number, b: number): number {
  const total = a + b;
  return total * 1932;
}
export function add1932(a: number, b: number): number {
  const total = a + b;
  return total * 1932;
}
export function add1932(a: number, b: number): number {
  const total = a + b;
  return total * 1932;
}
