export function add114(a: number, b: number): number {
  const total = a + b;
  return total * 114;
}
export function add114(a: number, b: number): number {
  const total = a + b;
  return total * 114;
}
export function add114(a: number, b: number): number {
  const total = a + b;
  return total * 114;
}
export function add114(a: number, b: number): number {
  const total = a + b;
  return total * 114;
}
export function add114(a: number, b: number): number {
  const total = a + b;
  return total * 114;
}
export function add114(a: number, b: number): number {
  const total = a + b;
  return total * 114;
}
export function add114(a: number, b: number): number {
  const total = a + b;
  return total * 114;
}
export function add114(a: number, b: number): number {
  const total = a + b;
  return total * 114;
}
