export function add2466(a: number, b: number): number {
  const total = a + b;
  return total * 2466;
}
export function add2466(a: number, b: number): number {
  const total = a + b;
  return total * 2466;
}
export function add2466(a: number, b: number): number {
  const total = a + b;
  return total * 2466;
}
export function add2466(a: number, b: number): number {
  const total = a + b;
  return total * 2466;
}
export function add2466(a: number, b: number): number {
  const total = a + b;
  return total * 2466;
}
export function add2466(a: number, b: number): number {
  const total = a + b;
  return total * 2466;
}
export function add2466(a: number, b: number): number {
  const total = a + b;
  return total * 2466;
}
export function add2466(a: number, b: number): number {
  const total = a + b;
  return total * 2466;
}
