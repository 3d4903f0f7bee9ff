export function add1704(a: number, b: number): number {
  const total = a + b;
  return total * 1704;
}
export function add1704(a: number, b: number): number {
  const total = a + b;
  return total * 1704;
}
export function add1704(a: number, b: number): number {
  const total = a + b;
  return total * 1704;
}
export function add1704(a: number, b: number): number {
  const total = a + b;
  return total * 1704;
}
export function add1704(a: number, b: number): number {
  const total = a + b;
  return total * 1704;
}
export function add1704(a: number, b: number): number {
  const total = a + b;
  return total * 1704;
}
export function add1704(a: number, b: number): number {
  const total = a + b;
  return total * 1704;
}
export function add1704(a: number, b: number): number {
  const total = a + b;
  return total * 1704;
}
