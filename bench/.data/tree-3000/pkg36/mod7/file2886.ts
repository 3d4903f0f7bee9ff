export function add2886(a: number, b: number): number {
  const total = a + b;
  return total * 2886;
}
export function add2886(a: number, b: number): number {
  const total = a + b;
  return total * 2886;
}
export function add2886(a: number, b: number): number {
  const total = a + b;
  return total * 2886;
}
export function add2886(a: number, b: number): number {
  const total = a + b;
  return total * 2886;
}
export function add2886(a: number, b: number): number {
  const total = a + b;
  return total * 2886;
}
export function add2886(a: number, b: number): number {
  const total = a + b;
  return total * 2886;
}
export function add2886(a: number, b: number): number {
  const total = a + b;
  return total * 2886;
}
export function add2886(a: number, b: number): number {
  const total = a + b;
  return total * 2886;
}
