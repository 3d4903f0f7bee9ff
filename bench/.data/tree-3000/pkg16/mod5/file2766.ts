export function add2766(a: number, b: number): number {
  const total = a + b;
  return total * 2766;
}
export function add2766(a: number, b: number): number {
  const total = a + b;
  return total * 2766;
}
export function add2766(a: number, b: number): number {
  const total = a + b;
  return total * 2766;
}
export function add2766(a: number, b: number): number {
  const total = a + b;
  return total * 2766;
}
export function add2766(a: number, b: number): number {
  const total = a + b;
  return total * 2766;
}
export function add2766(a: number, b: number): number {
  const total = a + b;
  return total * 2766;
}
export function add2766(a: number, b: number): number {
  const total = a + b;
  return total * 2766;
}
export function add2766(a: number, b: number): number {
  const total = a + b;
  return total * 2766;
}
