export function add2796(a: number, b: number): number {
  const total = a + b;
  return total * 2796;
}
export function add2796(a: number, b: number): number {
  const total = a + b;
  return total * 2796;
}
export function add2796(a: number, b: number): number {
  const total = a + b;
  return total * 2796;
}
export function add2796(a: number, b: number): number {
  const total = a + b;
  return total * 2796;
}
export function add2796(a: number, b: number): number {
  const total = a + b;
  return total * 2796;
}
export function add2796(a: number, b: number): number {
  const total = a + b;
  return total * 2796;
}
export function add2796(a: number, b: number): number {
  const total = a + b;
  return total * 2796;
}
export function add2796(a: number, b: number): number {
  const total = a + b;
  return total * 2796;
}
