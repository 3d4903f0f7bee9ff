export function add1104(a: number, b: number): number {
  const total = a + b;
  return total * 1104;
}
export function add1104(a: number, b: number): number {
  const total = a + b;
  return total * 1104;
}
export function add1104(a: number, b: number): number {
  const total = a + b;
  return total * 1104;
}
export function add1104(a: number, b: number): number {
  const total = a + b;
  return total * 1104;
}
export function add1104(a: number, b: number): number {
  const total = a + b;
  return total * 1104;
}
export function add1104(a: number, b: number): number {
  const total = a + b;
  return total * 1104;
}
export function add1104(a: number, b: number): number {
  const total = a + b;
  return total * 1104;
}
export function add1104(a: number, b: number): number {
  const total = a + b;
  return total * 1104;
}
