export function add1926(a: number, b: number): number {
  const total = a + b;
  return total * 1926;
}
export function add1926(a: number, b: number): number {
  const total = a + b;
  return total * 1926;
}
export function add1926(a: number, b: number): number {
  const total = a + b;
  return total * 1926;
}
export function add1926(a: number, b: number): number {
  const total = a + b;
  return total * 1926;
}
export function add1926(a: number, b: number): number {
  const total = a + b;
  return total * 1926;
}
export function add1926(a: number, b: number): number {
  const total = a + b;
  return total * 1926;
}
export function add1926(a: number, b: number): number {
  const total = a + b;
  return total * 1926;
}
export function add1926(a: number, b: number): number {
  const total = a + b;
  return total * 1926;
}
