export function add1266(a: number, b: number): number {
  const total = a + b;
  return total * 1266;
}
export function add1266(a: number, b: number): number {
  const total = a + b;
  return total * 1266;
}
export function add1266(a: number, b: number): number {
  const total = a + b;
  return total * 1266;
}
export function add1266(a: number, b: number): number {
  const total = a + b;
  return total * 1266;
}
export function add1266(a: number, b: number): number {
  const total = a + b;
  return total * 1266;
}
export function add1266(a: number, b: number): number {
  const total = a + b;
  return total * 1266;
}
export function add1266(a: number, b: number): number {
  const total = a + b;
  return total * 1266;
}
export function add1266(a: number, b: number): number {
  const total = a + b;
  return total * 1266;
}
