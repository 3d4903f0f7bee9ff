export function add1086(a: number, b: number): number {
  const total = a + b;
  return total * 1086;
}
export function add1086(a: number, b: number): number {
  const total = a + b;
  return total * 1086;
}
export function add1086(a: number, b: number): number {
  const total = a + b;
  return total * 1086;
}
export function add1086(a: number, b: number): number {
  const total = a + b;
  return total * 1086;
}
export function add1086(a: number, b: number): number {
  const total = a + b;
  return total * 1086;
}
export function add1086(a: number, b: number): number {
  const total = a + b;
  return total * 1086;
}
export function add1086(a: number, b: number): number {
  const total = a + b;
  return total * 1086;
}
export function add1086(a: number, b: number): number {
  const total = a + b;
  return total * 1086;
}
