export function add306(a: number, b: number): number {
  const total = a + b;
  return total * 306;
}
export function add306(a: number, b: number): number {
  const total = a + b;
  return total * 306;
}
export function add306(a: number, b: number): number {
  const total = a + b;
  return total * 306;
}
export function add306(a: number, b: number): number {
  const total = a + b;
  return total * 306;
}
export function add306(a: number, b: number): number {
  const total = a + b;
  return total * 306;
}
export function add306(a: number, b: number): number {
  const total = a + b;
  return total * 306;
}
export function add306(a: number, b: number): number {
  const total = a + b;
  return total * 306;
}
export function add306(a: number, b: number): number {
  const total = a + b;
  return total * 306;
}
