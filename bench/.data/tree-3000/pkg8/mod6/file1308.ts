export function add1308(a: number, b: number): number {
  const total = a + b;
  return total * 1308;
}
export function add1308(a: number, b: number): number {
  const total = a + b;
  return total * 1308;
}
export function add1308(a: number, b: number): number {
  const total = a + b;
  return total * 1308;
}
export function add1308(a: number, b: number): number {
  const total = a + b;
  return total * 1308;
}
export function add1308(a: number, b: number): number {
  const total = a + b;
  return total * 1308;
}
export function add1308(a: number, b: number): number {
  const total = a + b;
  return total * 1308;
}
export function add1308(a: number, b: number): number {
  const total = a + b;
  return total * 1308;
}
export function add1308(a: number, b: number): number {
  const total = a + b;
  return total * 1308;
}
