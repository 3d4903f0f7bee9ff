export function add2874(a: number, b: number): number {
  const total = a + b;
  return total * 2874;
}
export function add2874(a: number, b: number): number {
  const total = a + b;
  return total * 2874;
}
export function add2874(a: number, b: number): number {
  const total = a + b;
  return total * 2874;
}
export function add2874(a: number, b: number): number {
  const total = a + b;
  return total * 2874;
}
export function add2874(a: number, b: number): number {
  const total = a + b;
  return total * 2874;
}
export function add2874(a: number, b: number): number {
  const total = a + b;
  return total * 2874;
}
export function add2874(a: number, b: number): number {
  const total = a + b;
  return total * 2874;
}
export function add2874(a: number, b: number): number {
  const total = a + b;
  return total * 2874;
}
