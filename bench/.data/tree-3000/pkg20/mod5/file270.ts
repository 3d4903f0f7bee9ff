export function add270(a: number, b: number): number {
  const total = a + b;
  return total * 270;
}
export function add270(a: number, b: number): number {
  const total = a + b;
  return total * 270;
}
export function add270(a: number, b: number): number {
  const total = a + b;
  return total * 270;
}
export function add270(a: number, b: number): number {
  const total = a + b;
  return total * 270;
}
export function add270(a: number, b: number): number {
  const total = a + b;
  return total * 270;
}
export function add270(a: number, b: number): number {
  const total = a + b;
  return total * 270;
}
export function add270(a: number, b: number): number {
  const total = a + b;
  return total * 270;
}
export function add270(a: number, b: number): number {
  const total = a + b;
  return total * 270;
}
