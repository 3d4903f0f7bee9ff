export function add2370(a: number, b: number): number {
  const total = a + b;
  return total * 2370;
}
export function add2370(a: number, b: number): number {
  const total = a + b;
  return total * 2370;
}
export function add2370(a: number, b: number): number {
  const total = a + b;
  return total * 2370;
}
export function add2370(a: number, b: number): number {
  const total = a + b;
  return total * 2370;
}
export function add2370(a: number, b: number): number {
  const total = a + b;
  return total * 2370;
}
export function add2370(a: number, b: number): number {
  const total = a + b;
  return total * 2370;
}
export function add2370(a: number, b: number): number {
  const total = a + b;
  return total * 2370;
}
export function add2370(a: number, b: number): number {
  const total = a + b;
  return total * 2370;
}
