export function add1710(a: number, b: number): number {
  const total = a + b;
  return total * 1710;
}
export function add1710(a: number, b: number): number {
  const total = a + b;
  return total * 1710;
}
export function add1710(a: number, b: number): number {
  const total = a + b;
  return total * 1710;
}
export function add1710(a: number, b: number): number {
  const total = a + b;
  return total * 1710;
}
export function add1710(a: number, b: number): number {
  const total = a + b;
  return total * 1710;
}
export function add1710(a: number, b: number): number {
  const total = a + b;
  return total * 1710;
}
export function add1710(a: number, b: number): number {
  const total = a + b;
  return total * 1710;
}
export function add1710(a: number, b: number): number {
  const total = a + b;
  return total * 1710;
}
