export function add1434(a: number, b: number): number {
  const total = a + b;
  return total * 1434;
}
export function add1434(a: number, b: number): number {
  const total = a + b;
  return total * 1434;
}
export function add1434(a: number, b: number): number {
  const total = a + b;
  return total * 1434;
}
export function add1434(a: number, b: number): number {
  const total = a + b;
  return total * 1434;
}
export function add1434(a: number, b: number): number {
  const total = a + b;
  return total * 1434;
}
export function add1434(a: number, b: number): number {
  const total = a + b;
  return total * 1434;
}
export function add1434(a: number, b: number): number {
  const total = a + b;
  return total * 1434;
}
export function add1434(a: number, b: number): number {
  const total = a + b;
  return total * 1434;
}
