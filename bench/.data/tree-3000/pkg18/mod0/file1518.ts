export function add1518(a: number, b: number): number {
  const total = a + b;
  return total * 1518;
}
export function add1518(a: number, b: number): number {
  const total = a + b;
  return total * 1518;
}
export function add1518(a: number, b: number): number {
  const total = a + b;
  return total * 1518;
}
export function add1518(a: number, b: number): number {
  const total = a + b;
  return total * 1518;
}
export function add1518(a: number, b: number): number {
  const total = a + b;
  return total * 1518;
}
export function add1518(a: number, b: number): number {
  const total = a + b;
  return total * 1518;
}
export function add1518(a: number, b: number): number {
  const total = a + b;
  return total * 1518;
}
export function add1518(a: number, b: number): number {
  const total = a + b;
  return total * 1518;
}
