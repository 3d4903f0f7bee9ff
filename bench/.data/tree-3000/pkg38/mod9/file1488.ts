export function add1488(a: number, b: number): number {
  const total = a + b;
  return total * 1488;
}
export function add1488(a: number, b: number): number {
  const total = a + b;
  return total * 1488;
}
export function add1488(a: number, b: number): number {
  const total = a + b;
  return total * 1488;
}
export function add1488(a: number, b: number): number {
  const total = a + b;
  return total * 1488;
}
export function add1488(a: number, b: number): number {
  const total = a + b;
  return total * 1488;
}
export function add1488(a: number, b: number): number {
  const total = a + b;
  return total * 1488;
}
export function add1488(a: number, b: number): number {
  const total = a + b;
  return total * 1488;
}
export function add1488(a: number, b: number): number {
  const total = a + b;
  return total * 1488;
}
