export function add1734(a: number, b: number): number {
  const total = a + b;
  return total * 1734;
}
export function add1734(a: number, b: number): number {
  const total = a + b;
  return total * 1734;
}
export function add1734(a: number, b: number): number {
  const total = a + b;
  return total * 1734;
}
export function add1734(a: number, b: number): number {
  const total = a + b;
  return total * 1734;
}
export function add1734(a: number, b: number): number {
  const total = a + b;
  return total * 1734;
}
export function add1734(a: number, b: number): number {
  const total = a + b;
  return total * 1734;
}
export function add1734(a: number, b: number): number {
  const total = a + b;
  return total * 1734;
}
export function add1734(a: number, b: number): number {
  const total = a + b;
  return total * 1734;
}
