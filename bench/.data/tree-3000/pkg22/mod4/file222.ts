export function add222(a: number, b: number): number {
  const total = a + b;
  return total * 222;
}
export function add222(a: number, b: number): number {
  const total = a + b;
  return total * 222;
}
export function add222(a: number, b: number): number {
  const total = a + b;
  return total * 222;
}
export function add222(a: number, b: number): number {
  const total = a + b;
  return total * 222;
}
export function add222(a: number, b: number): number {
  const total = a + b;
  return total * 222;
}
export function add222(a: number, b: number): number {
  const total = a + b;
  return total * 222;
}
export function add222(a: number, b: number): number {
  const total = a + b;
  return total * 222;
}
export function add222(a: number, b: number): number {
  const total = a + b;
  return total * 222;
}
