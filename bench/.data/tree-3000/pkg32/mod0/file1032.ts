export function add1032(a: number, b: number): number {
  const total = a + b;
  return total * 1032;
}
export function add1032(a: number, b: number): number {
  const total = a + b;
  return total * 1032;
}
export function add1032(a: number, b: number): number {
  const total = a + b;
  return total * 1032;
}
export function add1032(a: number, b: number): number {
  const total = a + b;
  return total * 1032;
}
export function add1032(a: number, b: number): number {
  const total = a + b;
  return total * 1032;
}
export function add1032(a: number, b: number): number {
  const total = a + b;
  return total * 1032;
}
export function add1032(a: number, b: number): number {
  const total = a + b;
  return total * 1032;
}
export function add1032(a: number, b: number): number {
  const total = a + b;
  return total * 1032;
}
