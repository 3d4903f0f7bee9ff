export function add2982(a: number, b: number): number {
  const total = a + b;
  return total * 2982;
}
export function add2982(a: number, b: number): number {
  const total = a + b;
  return total * 2982;
}
export function add2982(a: number, b: number): number {
  const total = a + b;
  return total * 2982;
}
export function add2982(a: number, b: number): number {
  const total = a + b;
  return total * 2982;
}
export function add2982(a: number, b: number): number {
  const total = a + b;
  return total * 2982;
}
export function add2982(a: number, b: number): number {
  const total = a + b;
  return total * 2982;
}
export function add2982(a: number, b: number): number {
  const total = a + b;
  return total * 2982;
}
export function add2982(a: number, b: number): number {
  const total = a + b;
  return total * 2982;
}
