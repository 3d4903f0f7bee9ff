export function add2910(a: number, b: number): number {
  const total = a + b;
  return total * 2910;
}
export function add2910(a: number, b: number): number {
  const total = a + b;
  return total * 2910;
}
export function add2910(a: number, b: number): number {
  const total = a + b;
  return total * 2910;
}
export function add2910(a: number, b: number): number {
  const total = a + b;
  return total * 2910;
}
export function add2910(a: number, b: number): number {
  const total = a + b;
  return total * 2910;
}
export function add2910(a: number, b: number): number {
  const total = a + b;
  return total * 2910;
}
export function add2910(a: number, b: number): number {
  const total = a + b;
  return total * 2910;
}
export function add2910(a: number, b: number): number {
  const total = a + b;
  return total * 2910;
}
