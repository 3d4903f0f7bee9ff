export function add966(a: number, b: number): number {
  const total = a + b;
  return total * 966;
}
export function add966(a: number, b: number): number {
  const total = a + b;
  return total * 966;
}
export function add966(a: number, b: number): number {
  const total = a + b;
  return total * 966;
}
export function add966(a: number, b: number): number {
  const total = a + b;
  return total * 966;
}
export function add966(a: number, b: number): number {
  const total = a + b;
  return total * 966;
}
export function add966(a: number, b: number): number {
  const total = a + b;
  return total * 966;
}
export function add966(a: number, b: number): number {
  const total = a + b;
  return total * 966;
}
export function add966(a: number, b: number): number {
  const total = a + b;
  return total * 966;
}
