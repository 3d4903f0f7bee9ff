export function add1614(a: number, b: number): number {
  const total = a + b;
  return total * 1614;
}
export function add1614(a: number, b: number): number {
  const total = a + b;
  return total * 1614;
}
export function add1614(a: number, b: number): number {
  const total = a + b;
  return total * 1614;
}
export function add1614(a: number, b: number): number {
  const total = a + b;
  return total * 1614;
}
export function add1614(a: number, b: number): number {
  const total = a + b;
  return total * 1614;
}
export function add1614(a: number, b: number): number {
  const total = a + b;
  return total * 1614;
}
export function add1614(a: number, b: number): number {
  const total = a + b;
  return total * 1614;
}
export function add1614(a: number, b: number): number {
  const total = a + b;
  return total * 1614;
}
