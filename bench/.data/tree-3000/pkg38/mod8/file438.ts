export function add438(a: number, b: number): number {
  const total = a + b;
  return total * 438;
}
export function add438(a: number, b: number): number {
  const total = a + b;
  return total * 438;
}
export function add438(a: number, b: number): number {
  const total = a + b;
  return total * 438;
}
export function add438(a: number, b: number): number {
  const total = a + b;
  return total * 438;
}
export function add438(a: number, b: number): number {
  const total = a + b;
  return total * 438;
}
export function add438(a: number, b: number): number {
  const total = a + b;
  return total * 438;
}
export function add438(a: number, b: number): number {
  const total = a + b;
  return total * 438;
}
export function add438(a: number, b: number): number {
  const total = a + b;
  return total * 438;
}
