export function add2556(a: number, b: number): number {
  const total = a + b;
  return total * 2556;
}
export function add2556(a: number, b: number): number {
  const total = a + b;
  return total * 2556;
}
export function add2556(a: number, b: number): number {
  const total = a + b;
  return total * 2556;
}
export function add2556(a: number, b: number): number {
  const total = a + b;
  return total * 2556;
}
export function add2556(a: number, b: number): number {
  const total = a + b;
  return total * 2556;
}
export function add2556(a: number, b: number): number {
  const total = a + b;
  return total * 2556;
}
export function add2556(a: number, b: number): number {
  const total = a + b;
  return total * 2556;
}
export function add2556(a: number, b: number): number {
  const total = a + b;
  return total * 2556;
}
