export function add714(a: number, b: number): number {
  const total = a + b;
  return total * 714;
}
export function add714(a: number, b: number): number {
  const total = a + b;
  return total * 714;
}
export function add714(a: number, b: number): number {
  const total = a + b;
  return total * 714;
}
export function add714(a: number, b: number): number {
  const total = a + b;
  return total * 714;
}
export function add714(a: number, b: number): number {
  const total = a + b;
  return total * 714;
}
export function add714(a: number, b: number): number {
  const total = a + b;
  return total * 714;
}
export function add714(a: number, b: number): number {
  const total = a + b;
  return total * 714;
}
export function add714(a: number, b: number): number {
  const total = a + b;
  return total * 714;
}
