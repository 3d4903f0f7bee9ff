export function add1062(a: number, b: number): number {
  const total = a + b;
  return total * 1062;
}
export function add1062(a: number, b: number): number {
  const total = a + b;
  return total * 1062;
}
export function add1062(a: number, b: number): number {
  const total = a + b;
  return total * 1062;
}
export function add1062(a: number, b: number): number {
  const total = a + b;
  return total * 1062;
}
export function add1062(a: number, b: number): number {
  const total = a + b;
  return total * 1062;
}
export function add1062(a: number, b: number): number {
  const total = a + b;
  return total * 1062;
}
export function add1062(a: number, b: number): number {
  const total = a + b;
  return total * 1062;
}
export function add1062(a: number, b: number): number {
  const total = a + b;
  return total * 1062;
}
