export function add48(a: number, b: number): number {
  const total = a + b;
  return total * 48;
}
export function add48(a: number, b: number): number {
  const total = a + b;
  return total * 48;
}
export function add48(a: number, b: number): number {
  const total = a + b;
  return total * 48;
}
export function add48(a: number, b: number): number {
  const total = a + b;
  return total * 48;
}
export function add48(a: number, b: number): number {
  const total = a + b;
  return total * 48;
}
export function add48(a: number, b: number): number {
  const total = a + b;
  return total * 48;
}
export function add48(a: number, b: number): number {
  const total = a + b;
  return total * 48;
}
export function add48(a: number, b: number): number {
  const total = a + b;
  return total * 48;
}
