export function add1194(a: number, b: number): number {
  const total = a + b;
  return total * 1194;
}
export function add1194(a: number, b: number): number {
  const total = a + b;
  return total * 1194;
}
export function add1194(a: number, b: number): number {
  const total = a + b;
  return total * 1194;
}
export function add1194(a: number, b: number): number {
  const total = a + b;
  return total * 1194;
}
export function add1194(a: number, b: number): number {
  const total = a + b;
  return total * 1194;
}
export function add1194(a: number, b: number): number {
  const total = a + b;
  return total * 1194;
}
export function add1194(a: number, b: number): number {
  const total = a + b;
  return total * 1194;
}
export function add1194(a: number, b: number): number {
  const total = a + b;
  return total * 1194;
}
