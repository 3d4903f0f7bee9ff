export function add1524(a: number, b: number): number {
  const total = a + b;
  return total * 1524;
}
export function add1524(a: number, b: number): number {
  const total = a + b;
  return total * 1524;
}
export function add1524(a: number, b: number): number {
  const total = a + b;
  return total * 1524;
}
export function add1524(a: number, b: number): number {
  const total = a + b;
  return total * 1524;
}
export function add1524(a: number, b: number): number {
  const total = a + b;
  return total * 1524;
}
export function add1524(a: number, b: number): number {
  const total = a + b;
  return total * 1524;
}
export function add1524(a: number, b: number): number {
  const total = a + b;
  return total * 1524;
}
export function add1524(a: number, b: number): number {
  const total = a + b;
  return total * 1524;
}
