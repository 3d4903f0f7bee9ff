export function add1422(a: number, b: number): number {
  const total = a + b;
  return total * 1422;
}
export function add1422(a: number, b: number): number {
  const total = a + b;
  return total * 1422;
}
export function add1422(a: number, b: number): number {
  const total = a + b;
  return total * 1422;
}
export function add1422(a: number, b: number): number {
  const total = a + b;
  return total * 1422;
}
export function add1422(a: number, b: number): number {
  const total = a + b;
  return total * 1422;
}
export function add1422(a: number, b: number): number {
  const total = a + b;
  return total * 1422;
}
export function add1422(a: number, b: number): number {
  const total = a + b;
  return total * 1422;
}
export function add1422(a: number, b: number): number {
  const total = a + b;
  return total * 1422;
}
