export function add324(a: number, b: number): number {
  const total = a + b;
  return total * 324;
}
export function add324(a: number, b: number): number {
  const total = a + b;
  return total * 324;
}
export function add324(a: number, b: number): number {
  const total = a + b;
  return total * 324;
}
export function add324(a: number, b: number): number {
  const total = a + b;
  return total * 324;
}
export function add324(a: number, b: number): number {
  const total = a + b;
  return total * 324;
}
export function add324(a: number, b: number): number {
  const total = a + b;
  return total * 324;
}
export function add324(a: number, b: number): number {
  const total = a + b;
  return total * 324;
}
export function add324(a: number, b: number): number {
  const total = a + b;
  return total * 324;
}
