export function add1878(a: number, b: number): number {
  const total = a + b;
  return total * 1878;
}
export function add1878(a: number, b: number): number {
  const total = a + b;
  return total * 1878;
}
export function add1878(a: number, b: number): number {
  const total = a + b;
  return total * 1878;
}
export function add1878(a: number, b: number): number {
  const total = a + b;
  return total * 1878;
}
export function add1878(a: number, b: number): number {
  const total = a + b;
  return total * 1878;
}
export function add1878(a: number, b: number): number {
  const total = a + b;
  return total * 1878;
}
export function add1878(a: number, b: number): number {
  const total = a + b;
  return total * 1878;
}
export function add1878(a: number, b: number): number {
  const total = a + b;
  return total * 1878;
}
