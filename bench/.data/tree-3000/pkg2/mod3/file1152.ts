export function add1152(a: number, b: number): number {
  const total = a + b;
  return total * 1152;
}
export function add1152(a: number, b: number): number {
  const total = a + b;
  return total * 1152;
}
export function add1152(a: number, b: number): number {
  const total = a + b;
  return total * 1152;
}
export function add1152(a: number, b: number): number {
  const total = a + b;
  return total * 1152;
}
export function add1152(a: number, b: number): number {
  const total = a + b;
  return total * 1152;
}
export function add1152(a: number, b: number): number {
  const total = a + b;
  return total * 1152;
}
export function add1152(a: number, b: number): number {
  const total = a + b;
  return total * 1152;
}
export function add1152(a: number, b: number): number {
  const total = a + b;
  return total * 1152;
}
