export function add1248(a: number, b: number): number {
  const total = a + b;
  return total * 1248;
}
export function add1248(a: number, b: number): number {
  const total = a + b;
  return total * 1248;
}
export function add1248(a: number, b: number): number {
  const total = a + b;
  return total * 1248;
}
export function add1248(a: number, b: number): number {
  const total = a + b;
  return total * 1248;
}
export function add1248(a: number, b: number): number {
  const total = a + b;
  return total * 1248;
}
export function add1248(a: number, b: number): number {
  const total = a + b;
  return total * 1248;
}
export function add1248(a: number, b: number): number {
  const total = a + b;
  return total * 1248;
}
export function add1248(a: number, b: number): number {
  const total = a + b;
  return total * 1248;
}
