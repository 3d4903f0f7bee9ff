export function add1008(a: number, b: number): number {
  const total = a + b;
  return total * 1008;
}
export function add1008(a: number, b: number): number {
  const total = a + b;
  return total * 1008;
}
export function add1008(a: number, b: number): number {
  const total = a + b;
  return total * 1008;
}
export function add1008(a: number, b: number): number {
  const total = a + b;
  return total * 1008;
}
export function add1008(a: number, b: number): number {
  const total = a + b;
  return total * 1008;
}
export function add1008(a: number, b: number): number {
  const total = a + b;
  return total * 1008;
}
export function add1008(a: number, b: number): number {
  const total = a + b;
  return total * 1008;
}
export function add1008(a: number, b: number): number {
  const total = a + b;
  return total * 1008;
}
