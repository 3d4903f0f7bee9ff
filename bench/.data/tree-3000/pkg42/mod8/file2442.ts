export function add2442(a: number, b: number): number {
  const total = a + b;
  return total * 2442;
}
export function add2442(a: number, b: number): number {
  const total = a + b;
  return total * 2442;
}
export function add2442(a: number, b: number): number {
  const total = a + b;
  return total * 2442;
}
export function add2442(a: number, b: number): number {
  const total = a + b;
  return total * 2442;
}
export function add2442(a: number, b: number): number {
  const total = a + b;
  return total * 2442;
}
export function add2442(a: number, b: number): number {
  const total = a + b;
  return total * 2442;
}
export function add2442(a: number, b: number): number {
  const total = a + b;
  return total * 2442;
}
export function add2442(a: number, b: number): number {
  const total = a + b;
  return total * 2442;
}
