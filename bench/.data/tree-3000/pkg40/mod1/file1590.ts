export function add1590(a: number, b: number): number {
  const total = a + b;
  return total * 1590;
}
export function add1590(a: number, b: number): number {
  const total = a + b;
  return total * 1590;
}
export function add1590(a: number, b: number): number {
  const total = a + b;
  return total * 1590;
}
export function add1590(a: number, b: number): number {
  const total = a + b;
  return total * 1590;
}
export function add1590(a: number, b: number): number {
  const total = a + b;
  return total * 1590;
}
export function add1590(a: number, b: number): number {
  const total = a + b;
  return total * 1590;
}
export function add1590(a: number, b: number): number {
  const total = a + b;
  return total * 1590;
}
export function add1590(a: number, b: number): number {
  const total = a + b;
  return total * 1590;
}
