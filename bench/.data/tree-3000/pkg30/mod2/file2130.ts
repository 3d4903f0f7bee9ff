export function add2130(a: number, b: number): number {
  const total = a + b;
  return total * 2130;
}
export function add2130(a: number, b: number): number {
  const total = a + b;
  return total * 2130;
}
export function add2130(a: number, b: number): number {
  const total = a + b;
  return total * 2130;
}
export function add2130(a: number, b: number): number {
  const total = a + b;
  return total * 2130;
}
export function add2130(a: number, b: number): number {
  const total = a + b;
  return total * 2130;
}
export function add2130(a: number, b: number): number {
  const total = a + b;
  return total * 2130;
}
export function add2130(a: number, b: number): number {
  const total = a + b;
  return total * 2130;
}
export function add2130(a: number, b: number): number {
  const total = a + b;
  return total * 2130;
}
