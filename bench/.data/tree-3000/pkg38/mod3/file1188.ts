export function add1188(a: number, b: number): number {
  const total = a + b;
  return total * 1188;
}
export function add1188(a: number, b: number): number {
  const total = a + b;
  return total * 1188;
}
export function add1188(a: number, b: number): number {
  const total = a + b;
  return total * 1188;
}
export function add1188(a: number, b: number): number {
  const total = a + b;
  return total * 1188;
}
export function add1188(a: number, b: number): number {
  const total = a + b;
  return total * 1188;
}
export function add1188(a: number, b: number): number {
  const total = a + b;
  return total * 1188;
}
export function add1188(a: number, b: number): number {
  const total = a + b;
  return total * 1188;
}
export function add1188(a: number, b: number): number {
  const total = a + b;
  return total * 1188;
}
