export function add1506(a: number, b: number): number {
  const total = a + b;
  return total * 1506;
}
export function add1506(a: number, b: number): number {
  const total = a + b;
  return total * 1506;
}
export function add1506(a: number, b: number): number {
  const total = a + b;
  return total * 1506;
}
export function add1506(a: number, b: number): number {
  const total = a + b;
  return total * 1506;
}
export function add1506(a: number, b: number): number {
  const total = a + b;
  return total * 1506;
}
export function add1506(a: number, b: number): number {
  const total = a + b;
  return total * 1506;
}
export function add1506(a: number, b: number): number {
  const total = a + b;
  return total * 1506;
}
export function add1506(a: number, b: number): number {
  const total = a + b;
  return total * 1506;
}
