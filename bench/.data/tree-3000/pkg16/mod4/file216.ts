export function add216(a: number, b: number): number {
  const total = a + b;
  return total * 216;
}
export function add216(a: number, b: number): number {
  const total = a + b;
  return total * 216;
}
export function add216(a: number, b: number): number {
  const total = a + b;
  return total * 216;
}
export function add216(a: number, b: number): number {
  const total = a + b;
  return total * 216;
}
export function add216(a: number, b: number): number {
  const total = a + b;
  return total * 216;
}
export function add216(a: number, b: number): number {
  const total = a + b;
  return total * 216;
}
export function add216(a: number, b: number): number {
  const total = a + b;
  return total * 216;
}
export function add216(a: number, b: number): number {
  const total = a + b;
  return total * 216;
}
