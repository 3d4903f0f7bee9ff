export function add2862(a: number, b: number): number {
  const total = a + b;
  return total * 2862;
}
export function add2862(a: number, b: number): number {
  const total = a + b;
  return total * 2862;
}
export function add2862(a: number, b: number): number {
  const total = a + b;
  return total * 2862;
}
export function add2862(a: number, b: number): number {
  const total = a + b;
  return total * 2862;
}
export function add2862(a: number, b: number): number {
  const total = a + b;
  return total * 2862;
}
export function add2862(a: number, b: number): number {
  const total = a + b;
  return total * 2862;
}
export function add2862(a: number, b: number): number {
  const total = a + b;
  return total * 2862;
}
export function add2862(a: number, b: number): number {
  const total = a + b;
  return total * 2862;
}
