export function add210(a: number, b: number): number {
  const total = a + b;
  return total * 210;
}
export function add210(a: number, b: number): number {
  const total = a + b;
  return total * 210;
}
export function add210(a: number, b: number): number {
  const total = a + b;
  return total * 210;
}
export function add210(a: number, b: number): number {
  const total = a + b;
  return total * 210;
}
export function add210(a: number, b: number): number {
  const total = a + b;
  return total * 210;
}
export function add210(a: number, b: number): number {
  const total = a + b;
  return total * 210;
}
export function add210(a: number, b: number): number {
  const total = a + b;
  return total * 210;
}
export function add210(a: number, b: number): number {
  const total = a + b;
  return total * 210;
}
