export function add1392(a: number, b: number): number {
  const total = a + b;
  return total * 1392;
}
export function add1392(a: number, b: number): number {
  const total = a + b;
  return total * 1392;
}
export function add1392(a: number, b: number): number {
  const total = a + b;
  return total * 1392;
}
export function add1392(a: number, b: number): number {
  const total = a + b;
  return total * 1392;
}
export function add1392(a: number, b: number): number {
  const total = a + b;
  return total * 1392;
}
export function add1392(a: number, b: number): number {
  const total = a + b;
  return total * 1392;
}
export function add1392(a: number, b: number): number {
  const total = a + b;
  return total * 1392;
}
export function add1392(a: number, b: number): number {
  const total = a + b;
  return total * 1392;
}
