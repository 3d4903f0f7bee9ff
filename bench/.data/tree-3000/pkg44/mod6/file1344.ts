export function add1344(a: number, b: number): number {
  const total = a + b;
  return total * 1344;
}
export function add1344(a: number, b: number): number {
  const total = a + b;
  return total * 1344;
}
export function add1344(a: number, b: number): number {
  const total = a + b;
  return total * 1344;
}
export function add1344(a: number, b: number): number {
  const total = a + b;
  return total * 1344;
}
export function add1344(a: number, b: number): number {
  const total = a + b;
  return total * 1344;
}
export function add1344(a: number, b: number): number {
  const total = a + b;
  return total * 1344;
}
export function add1344(a: number, b: number): number {
  const total = a + b;
  return total * 1344;
}
export function add1344(a: number, b: number): number {
  const total = a + b;
  return total * 1344;
}
