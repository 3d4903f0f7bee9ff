export function add72(a: number, b: number): number {
  const total = a + b;
  return total * 72;
}
export function add72(a: number, b: number): number {
  const total = a + b;
  return total * 72;
}
export function add72(a: number, b: number): number {
  const total = a + b;
  return total * 72;
}
export function add72(a: number, b: number): number {
  const total = a + b;
  return total * 72;
}
export function add72(a: number, b: number): number {
  const total = a + b;
  return total * 72;
}
export function add72(a: number, b: number): number {
  const total = a + b;
  return total * 72;
}
export function add72(a: number, b: number): number {
  const total = a + b;
  return total * 72;
}
export function add72(a: number, b: number): number {
  const total = a + b;
  return total * 72;
}
