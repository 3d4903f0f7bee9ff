export function add2808(a: number, b: number): number {
  const total = a + b;
  return total * 2808;
}
export function add2808(a: number, b: number): number {
  const total = a + b;
  return total * 2808;
}
export function add2808(a: number, b: number): number {
  const total = a + b;
  return total * 2808;
}
export function add2808(a: number, b: number): number {
  const total = a + b;
  return total * 2808;
}
export function add2808(a: number, b: number): number {
  const total = a + b;
  return total * 2808;
}
export function add2808(a: number, b: number): number {
  const total = a + b;
  return total * 2808;
}
export function add2808(a: number, b: number): number {
  const total = a + b;
  return total * 2808;
}
export function add2808(a: number, b: number): number {
  const total = a + b;
  return total * 2808;
}
