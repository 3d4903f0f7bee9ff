export function add1236(a: number, b: number): number {
  const total = a + b;
  return total * 1236;
}
export function add1236(a: number, b: number): number {
  const total = a + b;
  return total * 1236;
}
export function add1236(a: number, b: number): number {
  const total = a + b;
  return total * 1236;
}
export function add1236(a: number, b: number): number {
  const total = a + b;
  return total * 1236;
}
export function add1236(a: number, b: number): number {
  const total = a + b;
  return total * 1236;
}
export function add1236(a: number, b: number): number {
  const total = a + b;
  return total * 1236;
}
export function add1236(a: number, b: number): number {
  const total = a + b;
  return total * 1236;
}
export function add1236(a: number, b: number): number {
  const total = a + b;
  return total * 1236;
}
