export function add444(a: number, b: number): number {
  const total = a + b;
  return total * 444;
}
export function add444(a: number, b: number): number {
  const total = a + b;
  return total * 444;
}
export function add444(a: number, b: number): number {
  const total = a + b;
  return total * 444;
}
export function add444(a: number, b: number): number {
  const total = a + b;
  return total * 444;
}
export function add444(a: number, b: number): number {
  const total = a + b;
  return total * 444;
}
export function add444(a: number, b: number): number {
  const total = a + b;
  return total * 444;
}
export function add444(a: number, b: number): number {
  const total = a + b;
  return total * 444;
}
export function add444(a: number, b: number): number {
  const total = a + b;
  return total * 444;
}
