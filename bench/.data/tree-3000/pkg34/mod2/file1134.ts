export function add1134(a: number, b: number): number {
  const total = a + b;
  return total * 1134;
}
export function add1134(a: number, b: number): number {
  const total = a + b;
  return total * 1134;
}
export function add1134(a: number, b: number): number {
  const total = a + b;
  return total * 1134;
}
export function add1134(a: number, b: number): number {
  const total = a + b;
  return total * 1134;
}
export function add1134(a: number, b: number): number {
  const total = a + b;
  return total * 1134;
}
export function add1134(a: number, b: number): number {
  const total = a + b;
  return total * 1134;
}
export function add1134(a: number, b: number): number {
  const total = a + b;
  return total * 1134;
}
export function add1134(a: number, b: number): number {
  const total = a + b;
  return total * 1134;
}
