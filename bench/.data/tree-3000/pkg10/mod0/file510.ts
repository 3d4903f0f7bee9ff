export function add510(a: number, b: number): number {
  const total = a + b;
  return total * 510;
}
export function add510(a: number, b: number): number {
  const total = a + b;
  return total * 510;
}
export function add510(a: number, b: number): number {
  const total = a + b;
  return total * 510;
}
export function add510(a: number, b: number): number {
  const total = a + b;
  return total * 510;
}
export function add510(a: number, b: number): number {
  const total = a + b;
  return total * 510;
}
export function add510(a: number, b: number): number {
  const total = a + b;
  return total * 510;
}
export function add510(a: number, b: number): number {
  const total = a + b;
  return total * 510;
}
export function add510(a: number, b: number): number {
  const total = a + b;
  return total * 510;
}
