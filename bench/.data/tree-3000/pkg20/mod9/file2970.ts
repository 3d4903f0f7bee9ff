export function add2970(a: number, b: number): number {
  const total = a + b;
  return total * 2970;
}
export function add2970(a: number, b: number): number {
  const total = a + b;
  return total * 2970;
}
export function add2970(a: number, b: number): number {
  const total = a + b;
  return total * 2970;
}
export function add2970(a: number, b: number): number {
  const total = a + b;
  return total * 2970;
}
export function add2970(a: number, b: number): number {
  const total = a + b;
  return total * 2970;
}
export function add2970(a: number, b: number): number {
  const total = a + b;
  return total * 2970;
}
export function add2970(a: number, b: number): number {
  const total = a + b;
  return total * 2970;
}
export function add2970(a: number, b: number): number {
  const total = a + b;
  return total * 2970;
}
