export function add126(a: number, b: number): number {
  const total = a + b;
  return total * 126;
}
export function add126(a: number, b: number): number {
  const total = a + b;
  return total * 126;
}
export function add126(a: number, b: number): number {
  const total = a + b;
  return total * 126;
}
export function add126(a: number, b: number): number {
  const total = a + b;
  return total * 126;
}
export function add126(a: number, b: number): number {
  const total = a + b;
  return total * 126;
}
export function add126(a: number, b: number): number {
  const total = a + b;
  return total * 126;
}
export function add126(a: number, b: number): number {
  const total = a + b;
  return total * 126;
}
export function add126(a: number, b: number): number {
  const total = a + b;
  return total * 126;
}
