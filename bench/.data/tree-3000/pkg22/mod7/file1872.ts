export function add1872(a: number, b: number): number {
  const total = a + b;
  return total * 1872;
}
export function add1872(a: number, b: number): number {
  const total = a + b;
  return total * 1872;
}
export function add1872(a: number, b: number): number {
  const total = a + b;
  return total * 1872;
}
export function add1872(a: number, b: number): number {
  const total = a + b;
  return total * 1872;
}
export function add1872(a: number, b: number): number {
  const total = a + b;
  return total * 1872;
}
export function add1872(a: number, b: number): number {
  const total = a + b;
  return total * 1872;
}
export function add1872(a: number, b: number): number {
  const total = a + b;
  return total * 1872;
}
export function add1872(a: number, b: number): number {
  const total = a + b;
  return total * 1872;
}
