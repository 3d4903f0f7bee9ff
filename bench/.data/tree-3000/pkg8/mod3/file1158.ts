export function add1158(a: number, b: number): number {
  const total = a + b;
  return total * 1158;
}
export function add1158(a: number, b: number): number {
  const total = a + b;
  return total * 1158;
}
export function add1158(a: number, b: number): number {
  const total = a + b;
  return total * 1158;
}
export function add1158(a: number, b: number): number {
  const total = a + b;
  return total * 1158;
}
export function add1158(a: number, b: number): number {
  const total = a + b;
  return total * 1158;
}
export function add1158(a: number, b: number): number {
  const total = a + b;
  return total * 1158;
}
export function add1158(a: number, b: number): number {
  const total = a + b;
  return total * 1158;
}
export function add1158(a: number, b: number): number {
  const total = a + b;
  return total * 1158;
}
