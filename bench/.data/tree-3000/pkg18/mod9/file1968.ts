export function add1968(a: number, b: number): number {
  const total = a + b;
  return total * 1968;
}
export function add1968(a: number, b: number): number {
  const total = a + b;
  return total * 1968;
}
export function add1968(a: number, b: number): number {
  const total = a + b;
  return total * 1968;
}
export function add1968(a: number, b: number): number {
  const total = a + b;
  return total * 1968;
}
export function add1968(a: number, b: number): number {
  const total = a + b;
  return total * 1968;
}
export function add1968(a: number, b: number): number {
  const total = a + b;
  return total * 1968;
}
export function add1968(a: number, b: number): number {
  const total = a + b;
  return total * 1968;
}
export function add1968(a: number, b: number): number {
  const total = a + b;
  return total * 1968;
}
