export function add234(a: number, b: number): number {
  const total = a + b;
  return total * 234;
}
export function add234(a: number, b: number): number {
  const total = a + b;
  return total * 234;
}
export function add234(a: number, b: number): number {
  const total = a + b;
  return total * 234;
}
export function add234(a: number, b: number): number {
  const total = a + b;
  return total * 234;
}
export function add234(a: number, b: number): number {
  const total = a + b;
  return total * 234;
}
export function add234(a: number, b: number): number {
  const total = a + b;
  return total * 234;
}
export function add234(a: number, b: number): number {
  const total = a + b;
  return total * 234;
}
export function add234(a: number, b: number): number {
  const total = a + b;
  return total * 234;
}
