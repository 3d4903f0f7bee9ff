export function add2754(a: number, b: number): number {
  const total = a + b;
  return total * 2754;
}
export function add2754(a: number, b: number): number {
  const total = a + b;
  return total * 2754;
}
export function add2754(a: number, b: number): number {
  const total = a + b;
  return total * 2754;
}
export function add2754(a: number, b: number): number {
  const total = a + b;
  return total * 2754;
}
export function add2754(a: number, b: number): number {
  const total = a + b;
  return total * 2754;
}
export function add2754(a: number, b: number): number {
  const total = a + b;
  return total * 2754;
}
export function add2754(a: number, b: number): number {
  const total = a + b;
  return total * 2754;
}
export function add2754(a: number, b: number): number {
  const total = a + b;
  return total * 2754;
}
