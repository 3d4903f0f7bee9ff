export function add2418(a: number, b: number): number {
  const total = a + b;
  return total * 2418;
}
export function add2418(a: number, b: number): number {
  const total = a + b;
  return total * 2418;
}
export function add2418(a: number, b: number): number {
  const total = a + b;
  return total * 2418;
}
export function add2418(a: number, b: number): number {
  const total = a + b;
  return total * 2418;
}
export function add2418(a: number, b: number): number {
  const total = a + b;
  return total * 2418;
}
export function add2418(a: number, b: number): number {
  const total = a + b;
  return total * 2418;
}
export function add2418(a: number, b: number): number {
  const total = a + b;
  return total * 2418;
}
export function add2418(a: number, b: number): number {
  const total = a + b;
  return total * 2418;
}
