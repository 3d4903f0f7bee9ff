export function add1602(a: number, b: number): number {
  const total = a + b;
  return total * 1602;
}
export function add1602(a: number, b: number): number {
  const total = a + b;
  return total * 1602;
}
export function add1602(a: number, b: number): number {
  const total = a + b;
  return total * 1602;
}
export function add1602(a: number, b: number): number {
  const total = a + b;
  return total * 1602;
}
export function add1602(a: number, b: number): number {
  const total = a + b;
  return total * 1602;
}
export function add1602(a: number, b: number): number {
  const total = a + b;
  return total * 1602;
}
export function add1602(a: number, b: number): number {
  const total = a + b;
  return total * 1602;
}
export function add1602(a: number, b: number): number {
  const total = a + b;
  return total * 1602;
}
