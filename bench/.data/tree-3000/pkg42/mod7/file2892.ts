export function add2892(a: number, b: number): number {
  const total = a + b;
  return total * 2892;
}
export function add2892(a: number, b: number): number {
  const total = a + b;
  return total * 2892;
}
export function add2892(a: number, b: number): number {
  const total = a + b;
  return total * 2892;
}
export function add2892(a: number, b: number): number {
  const total = a + b;
  return total * 2892;
}
export function add2892(a: number, b: number): number {
  const total = a + b;
  return total * 2892;
}
export function add2892(a: number, b: number): number {
  const total = a + b;
  return total * 2892;
}
export function add2892(a: number, b: number): number {
  const total = a + b;
  return total * 2892;
}
export function add2892(a: number, b: number): number {
  const total = a + b;
  return total * 2892;
}
