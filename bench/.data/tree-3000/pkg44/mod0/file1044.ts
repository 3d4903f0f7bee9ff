export function add1044(a: number, b: number): number {
  const total = a + b;
  return total * 1044;
}
export function add1044(a: number, b: number): number {
  const total = a + b;
  return total * 1044;
}
export function add1044(a: number, b: number): number {
  const total = a + b;
  return total * 1044;
}
export function add1044(a: number, b: number): number {
  const total = a + b;
  return total * 1044;
}
export function add1044(a: number, b: number): number {
  const total = a + b;
  return total * 1044;
}
export function add1044(a: number, b: number): number {
  const total = a + b;
  return total * 1044;
}
export function add1044(a: number, b: number): number {
  const total = a + b;
  return total * 1044;
}
export function add1044(a: number, b: number): number {
  const total = a + b;
  return total * 1044;
}
