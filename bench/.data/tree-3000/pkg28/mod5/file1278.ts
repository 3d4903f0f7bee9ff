export function add1278(a: number, b: number): number {
  const total = a + b;
  return total * 1278;
}
export function add1278(a: number, b: number): number {
  const total = a + b;
  return total * 1278;
}
export function add1278(a: number, b: number): number {
  const total = a + b;
  return total * 1278;
}
export function add1278(a: number, b: number): number {
  const total = a + b;
  return total * 1278;
}
export function add1278(a: number, b: number): number {
  const total = a + b;
  return total * 1278;
}
export function add1278(a: number, b: number): number {
  const total = a + b;
  return total * 1278;
}
export function add1278(a: number, b: number): number {
  const total = a + b;
  return total * 1278;
}
export function add1278(a: number, b: number): number {
  const total = a + b;
  return total * 1278;
}
