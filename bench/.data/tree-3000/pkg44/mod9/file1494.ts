export function add1494(a: number, b: number): number {
  const total = a + b;
  return total * 1494;
}
export function add1494(a: number, b: number): number {
  const total = a + b;
  return total * 1494;
}
export function add1494(a: number, b: number): number {
  const total = a + b;
  return total * 1494;
}
export function add1494(a: number, b: number): number {
  const total = a + b;
  return total * 1494;
}
export function add1494(a: number, b: number): number {
  const total = a + b;
  return total * 1494;
}
export function add1494(a: number, b: number): number {
  const total = a + b;
  return total * 1494;
}
export function add1494(a: number, b: number): number {
  const total = a + b;
  return total * 1494;
}
export function add1494(a: number, b: number): number {
  const total = a + b;
  return total * 1494;
}
