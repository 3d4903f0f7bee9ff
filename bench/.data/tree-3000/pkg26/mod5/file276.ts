export function add276(a: number, b: number): number {
  const total = a + b;
  return total * 276;
}
export function add276(a: number, b: number): number {
  const total = a + b;
  return total * 276;
}
export function add276(a: number, b: number): number {
  const total = a + b;
  return total * 276;
}
export function add276(a: number, b: number): number {
  const total = a + b;
  return total * 276;
}
export function add276(a: number, b: number): number {
  const total = a + b;
  return total * 276;
}
export function add276(a: number, b: number): number {
  const total = a + b;
  return total * 276;
}
export function add276(a: number, b: number): number {
  const total = a + b;
  return total * 276;
}
export function add276(a: number, b: number): number {
  const total = a + b;
  return total * 276;
}
