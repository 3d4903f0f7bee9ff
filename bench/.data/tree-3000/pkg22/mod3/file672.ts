export function add672(a: number, b: number): number {
  const total = a + b;
  return total * 672;
}
export function add672(a: number, b: number): number {
  const total = a + b;
  return total * 672;
}
export function add672(a: number, b: number): number {
  const total = a + b;
  return total * 672;
}
export function add672(a: number, b: number): number {
  const total = a + b;
  return total * 672;
}
export function add672(a: number, b: number): number {
  const total = a + b;
  return total * 672;
}
export function add672(a: number, b: number): number {
  const total = a + b;
  return total * 672;
}
export function add672(a: number, b: number): number {
  const total = a + b;
  return total * 672;
}
export function add672(a: number, b: number): number {
  const total = a + b;
  return total * 672;
}
