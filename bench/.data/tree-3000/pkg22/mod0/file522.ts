export function add522(a: number, b: number): number {
  const total = a + b;
  return total * 522;
}
export function add522(a: number, b: number): number {
  const total = a + b;
  return total * 522;
}
export function add522(a: number, b: number): number {
  const total = a + b;
  return total * 522;
}
export function add522(a: number, b: number): number {
  const total = a + b;
  return total * 522;
}
export function add522(a: number, b: number): number {
  const total = a + b;
  return total * 522;
}
export function add522(a: number, b: number): number {
  const total = a + b;
  return total * 522;
}
export function add522(a: number, b: number): number {
  const total = a + b;
  return total * 522;
}
export function add522(a: number, b: number): number {
  const total = a + b;
  return total * 522;
}
