export function add1596(a: number, b: number): number {
  const total = a + b;
  return total * 1596;
}
export function add1596(a: number, b: number): number {
  const total = a + b;
  return total * 1596;
}
export function add1596(a: number, b: number): number {
  const total = a + b;
  return total * 1596;
}
export function add1596(a: number, b: number): number {
  const total = a + b;
  return total * 1596;
}
export function add1596(a: number, b: number): number {
  const total = a + b;
  return total * 1596;
}
export function add1596(a: number, b: number): number {
  const total = a + b;
  return total * 1596;
}
export function add1596(a: number, b: number): number {
  const total = a + b;
  return total * 1596;
}
export function add1596(a: number, b: number): number {
  const total = a + b;
  return total * 1596;
}
