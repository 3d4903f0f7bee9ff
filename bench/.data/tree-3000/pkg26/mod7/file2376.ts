export function add2376(a: number, b: number): number {
  const total = a + b;
  return total * 2376;
}
export function add2376(a: number, b: number): number {
  const total = a + b;
  return total * 2376;
}
export function add2376(a: number, b: number): number {
  const total = a + b;
  return total * 2376;
}
export function add2376(a: number, b: number): number {
  const total = a + b;
  return total * 2376;
}
export function add2376(a: number, b: number): number {
  const total = a + b;
  return total * 2376;
}
export function add2376(a: number, b: number): number {
  const total = a + b;
  return total * 2376;
}
export function add2376(a: number, b: number): number {
  const total = a + b;
  return total * 2376;
}
export function add2376(a: number, b: number): number {
  const total = a + b;
  return total * 2376;
}
