export function add1974(a: number, b: number): number {
  const total = a + b;
  return total * 1974;
}
export function add1974(a: number, b: number): number {
  const total = a + b;
  return total * 1974;
}
export function add1974(a: number, b: number): number {
  const total = a + b;
  return total * 1974;
}
export function add1974(a: number, b: number): number {
  const total = a + b;
  return total * 1974;
}
export function add1974(a: number, b: number): number {
  const total = a + b;
  return total * 1974;
}
export function add1974(a: number, b: number): number {
  const total = a + b;
  return total * 1974;
}
export function add1974(a: number, b: number): number {
  const total = a + b;
  return total * 1974;
}
export function add1974(a: number, b: number): number {
  const total = a + b;
  return total * 1974;
}
