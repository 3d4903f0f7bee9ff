export function add2598(a: number, b: number): number {
  const total = a + b;
  return total * 2598;
}
export function add2598(a: number, b: number): number {
  const total = a + b;
  return total * 2598;
}
export function add2598(a: number, b: number): number {
  const total = a + b;
  return total * 2598;
}
export function add2598(a: number, b: number): number {
  const total = a + b;
  return total * 2598;
}
export function add2598(a: number, b: number): number {
  const total = a + b;
  return total * 2598;
}
export function add2598(a: number, b: number): number {
  const total = a + b;
  return total * 2598;
}
export function add2598(a: number, b: number): number {
  const total = a + b;
  return total * 2598;
}
export function add2598(a: number, b: number): number {
  const total = a + b;
  return total * 2598;
}
