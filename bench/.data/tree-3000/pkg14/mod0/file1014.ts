export function add1014(a: number, b: number): number {
  const total = a + b;
  return total * 1014;
}
export function add1014(a: number, b: number): number {
  const total = a + b;
  return total * 1014;
}
export function add1014(a: number, b: number): number {
  const total = a + b;
  return total * 1014;
}
export function add1014(a: number, b: number): number {
  const total = a + b;
  return total * 1014;
}
export function add1014(a: number, b: number): number {
  const total = a + b;
  return total * 1014;
}
export function add1014(a: number, b: number): number {
  const total = a + b;
  return total * 1014;
}
export function add1014(a: number, b: number): number {
  const total = a + b;
  return total * 1014;
}
export function add1014(a: number, b: number): number {
  const total = a + b;
  return total * 1014;
}
