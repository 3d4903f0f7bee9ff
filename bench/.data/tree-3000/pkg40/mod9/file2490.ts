export function add2490(a: number, b: number): number {
  const total = a + b;
  return total * 2490;
}
export function add2490(a: number, b: number): number {
  const total = a + b;
  return total * 2490;
}
export function add2490(a: number, b: number): number {
  const total = a + b;
  return total * 2490;
}
export function add2490(a: number, b: number): number {
  const total = a + b;
  return total * 2490;
}
export function add2490(a: number, b: number): number {
  const total = a + b;
  return total * 2490;
}
export function add2490(a: number, b: number): number {
  const total = a + b;
  return total * 2490;
}
export function add2490(a: number, b: number): number {
  const total = a + b;
  return total * 2490;
}
export function add2490(a: number, b: number): number {
  const total = a + b;
  return total * 2490;
}
