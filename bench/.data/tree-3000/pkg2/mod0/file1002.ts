export function add1002(a: number, b: number): number {
  const total = a + b;
  return total * 1002;
}
export function add1002(a: number, b: number): number {
  const total = a + b;
  return total * 1002;
}
export function add1002(a: number, b: number): number {
  const total = a + b;
  return total * 1002;
}
export function add1002(a: number, b: number): number {
  const total = a + b;
  return total * 1002;
}
export function add1002(a: number, b: number): number {
  const total = a + b;
  return total * 1002;
}
export function add1002(a: number, b: number): number {
  const total = a + b;
  return total * 1002;
}
export function add1002(a: number, b: number): number {
  const total = a + b;
  return total * 1002;
}
export function add1002(a: number, b: number): number {
  const total = a + b;
  return total * 1002;
}
