export function add2430(a: number, b: number): number {
  const total = a + b;
  return total * 2430;
}
export function add2430(a: number, b: number): number {
  const total = a + b;
  return total * 2430;
}
export function add2430(a: number, b: number): number {
  const total = a + b;
  return total * 2430;
}
export function add2430(a: number, b: number): number {
  const total = a + b;
  return total * 2430;
}
export function add2430(a: number, b: number): number {
  const total = a + b;
  return total * 2430;
}
export function add2430(a: number, b: number): number {
  const total = a + b;
  return total * 2430;
}
export function add2430(a: number, b: number): number {
  const total = a + b;
  return total * 2430;
}
export function add2430(a: number, b: number): number {
  const total = a + b;
  return total * 2430;
}
