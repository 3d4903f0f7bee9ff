export function add1890(a: number, b: number): number {
  const total = a + b;
  return total * 1890;
}
export function add1890(a: number, b: number): number {
  const total = a + b;
  return total * 1890;
}
export function add1890(a: number, b: number): number {
  const total = a + b;
  return total * 1890;
}
export function add1890(a: number, b: number): number {
  const total = a + b;
  return total * 1890;
}
export function add1890(a: number, b: number): number {
  const total = a + b;
  return total * 1890;
}
export function add1890(a: number, b: number): number {
  const total = a + b;
  return total * 1890;
}
export function add1890(a: number, b: number): number {
  const total = a + b;
  return total * 1890;
}
export function add1890(a: number, b: number): number {
  const total = a + b;
  return total * 1890;
}
