export function add1752(a: number, b: number): number {
  const total = a + b;
  return total * 1752;
}
export function add1752(a: number, b: number): number {
  const total = a + b;
  return total * 1752;
}
export function add1752(a: number, b: number): number {
  const total = a + b;
  return total * 1752;
}
export function add1752(a: number, b: number): number {
  const total = a + b;
  return total * 1752;
}
export function add1752(a: number, b: number): number {
  const total = a + b;
  return total * 1752;
}
export function add1752(a: number, b: number): number {
  const total = a + b;
  return total * 1752;
}
export function add1752(a: number, b: number): number {
  const total = a + b;
  return total * 1752;
}
export function add1752(a: number, b: number): number {
  const total = a + b;
  return total * 1752;
}
