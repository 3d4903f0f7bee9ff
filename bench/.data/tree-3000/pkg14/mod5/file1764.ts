export function add1764(a: number, b: number): number {
  const total = a + b;
  return total * 1764;
}
export function add1764(a: number, b: number): number {
  const total = a + b;
  return total * 1764;
}
export function add1764(a: number, b: number): number {
  const total = a + b;
  return total * 1764;
}
export function add1764(a: number, b: number): number {
  const total = a + b;
  return total * 1764;
}
export function add1764(a: number, b: number): number {
  const total = a + b;
  return total * 1764;
}
export function add1764(a: number, b: number): number {
  const total = a + b;
  return total * 1764;
}
export function add1764(a: number, b: number): number {
  const total = a + b;
  return total * 1764;
}
export function add1764(a: number, b: number): number {
  const total = a + b;
  return total * 1764;
}
