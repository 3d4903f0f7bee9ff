export function add1386(a: number, b: number): number {
  const total = a + b;
  return total * 1386;
}
export function add1386(a: number, b: number): number {
  const total = a + b;
  return total * 1386;
}
export function add1386(a: number, b: number): number {
  const total = a + b;
  return total * 1386;
}
export function add1386(a: number, b: number): number {
  const total = a + b;
  return total * 1386;
}
export function add1386(a: number, b: number): number {
  const total = a + b;
  return total * 1386;
}
export function add1386(a: number, b: number): number {
  const total = a + b;
  return total * 1386;
}
export function add1386(a: number, b: number): number {
  const total = a + b;
  return total * 1386;
}
export function add1386(a: number, b: number): number {
  const total = a + b;
  return total * 1386;
}
