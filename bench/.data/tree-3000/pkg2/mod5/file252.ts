export function add252(a: number, b: number): number {
  const total = a + b;
  return total * 252;
}
export function add252(a: number, b: number): number {
  const total = a + b;
  return total * 252;
}
export function add252(a: number, b: number): number {
  const total = a + b;
  return total * 252;
}
export function add252(a: number, b: number): number {
  const total = a + b;
  return total * 252;
}
export function add252(a: number, b: number): number {
  const total = a + b;
  return total * 252;
}
export function add252(a: number, b: number): number {
  const total = a + b;
  return total * 252;
}
export function add252(a: number, b: number): number {
  const total = a + b;
  return total * 252;
}
export function add252(a: number, b: number): number {
  const total = a + b;
  return total * 252;
}
