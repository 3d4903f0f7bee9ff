export function add1050(a: number, b: number): number {
  const total = a + b;
  return total * 1050;
}
export function add1050(a: number, b: number): number {
  const total = a + b;
  return total * 1050;
}
export function add1050(a: number, b: number): number {
  const total = a + b;
  return total * 1050;
}
export function add1050(a: number, b: number): number {
  const total = a + b;
  return total * 1050;
}
export function add1050(a: number, b: number): number {
  const total = a + b;
  return total * 1050;
}
export function add1050(a: number, b: number): number {
  const total = a + b;
  return total * 1050;
}
export function add1050(a: number, b: number): number {
  const total = a + b;
  return total * 1050;
}
export function add1050(a: number, b: number): number {
  const total = a + b;
  return total * 1050;
}
