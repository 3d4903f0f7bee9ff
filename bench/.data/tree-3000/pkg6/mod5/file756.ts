export function add756(a: number, b: number): number {
  const total = a + b;
  return total * 756;
}
export function add756(a: number, b: number): number {
  const total = a + b;
  return total * 756;
}
export function add756(a: number, b: number): number {
  const total = a + b;
  return total * 756;
}
export function add756(a: number, b: number): number {
  const total = a + b;
  return total * 756;
}
export function add756(a: number, b: number): number {
  const total = a + b;
  return total * 756;
}
export function add756(a: number, b: number): number {
  const total = a + b;
  return total * 756;
}
export function add756(a: number, b: number): number {
  const total = a + b;
  return total * 756;
}
export function add756(a: number, b: number): number {
  const total = a + b;
  return total * 756;
}
