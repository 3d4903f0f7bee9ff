export function add750(a: number, b: number): number {
  const total = a + b;
  return total * 750;
}
export function add750(a: number, b: number): number {
  const total = a + b;
  return total * 750;
}
export function add750(a: number, b: number): number {
  const total = a + b;
  return total * 750;
}
export function add750(a: number, b: number): number {
  const total = a + b;
  return total * 750;
}
export function add750(a: number, b: number): number {
  const total = a + b;
  return total * 750;
}
export function add750(a: number, b: number): number {
  const total = a + b;
  return total * 750;
}
export function add750(a: number, b: number): number {
  const total = a + b;
  return total * 750;
}
export function add750(a: number, b: number): number {
  const total = a + b;
  return total * 750;
}
