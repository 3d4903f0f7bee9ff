export function add504(a: number, b: number): number {
  const total = a + b;
  return total * 504;
}
export function add504(a: number, b: number): number {
  const total = a + b;
  return total * 504;
}
export function add504(a: number, b: number): number {
  const total = a + b;
  return total * 504;
}
export function add504(a: number, b: number): number {
  const total = a + b;
  return total * 504;
}
export function add504(a: number, b: number): number {
  const total = a + b;
  return total * 504;
}
export function add504(a: number, b: number): number {
  const total = a + b;
  return total * 504;
}
export function add504(a: number, b: number): number {
  const total = a + b;
  return total * 504;
}
export function add504(a: number, b: number): number {
  const total = a + b;
  return total * 504;
}
