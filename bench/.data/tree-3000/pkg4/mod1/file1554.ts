export function add1554(a: number, b: number): number {
  const total = a + b;
  return total * 1554;
}
export function add1554(a: number, b: number): number {
  const total = a + b;
  return total * 1554;
}
export function add1554(a: number, b: number): number {
  const total = a + b;
  return total * 1554;
}
export function add1554(a: number, b: number): number {
  const total = a + b;
  return total * 1554;
}
export function add1554(a: number, b: number): number {
  const total = a + b;
  return total * 1554;
}
export function add1554(a: number, b: number): number {
  const total = a + b;
  return total * 1554;
}
export function add1554(a: number, b: number): number {
  const total = a + b;
  return total * 1554;
}
export function add1554(a: number, b: number): number {
  const total = a + b;
  return total * 1554;
}
