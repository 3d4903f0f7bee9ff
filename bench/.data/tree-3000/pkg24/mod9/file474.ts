export function add474(a: number, b: number): number {
  const total = a + b;
  return total * 474;
}
export function add474(a: number, b: number): number {
  const total = a + b;
  return total * 474;
}
export function add474(a: number, b: number): number {
  const total = a + b;
  return total * 474;
}
export function add474(a: number, b: number): number {
  const total = a + b;
  return total * 474;
}
export function add474(a: number, b: number): number {
  const total = a + b;
  return total * 474;
}
export function add474(a: number, b: number): number {
  const total = a + b;
  return total * 474;
}
export function add474(a: number, b: number): number {
  const total = a + b;
  return total * 474;
}
export function add474(a: number, b: number): number {
  const total = a + b;
  return total * 474;
}
