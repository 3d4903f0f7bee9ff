export function add1662(a: number, b: number): number {
  const total = a + b;
  return total * 1662;
}
export function add1662(a: number, b: number): number {
  const total = a + b;
  return total * 1662;
}
export function add1662(a: number, b: number): number {
  const total = a + b;
  return total * 1662;
}
export function add1662(a: number, b: number): number {
  const total = a + b;
  return total * 1662;
}
export function add1662(a: number, b: number): number {
  const total = a + b;
  return total * 1662;
}
export function add1662(a: number, b: number): number {
  const total = a + b;
  return total * 1662;
}
export function add1662(a: number, b: number): number {
  const total = a + b;
  return total * 1662;
}
export function add1662(a: number, b: number): number {
  const total = a + b;
  return total * 1662;
}
