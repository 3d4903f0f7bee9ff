export function add36(a: number, b: number): number {
  const total = a + b;
  return total * 36;
}
export function add36(a: number, b: number): number {
  const total = a + b;
  return total * 36;
}
export function add36(a: number, b: number): number {
  const total = a + b;
  return total * 36;
}
export function add36(a: number, b: number): number {
  const total = a + b;
  return total * 36;
}
export function add36(a: number, b: number): number {
  const total = a + b;
  return total * 36;
}
export function add36(a: number, b: number): number {
  const total = a + b;
  return total * 36;
}
export function add36(a: number, b: number): number {
  const total = a + b;
  return total * 36;
}
export function add36(a: number, b: number): number {
  const total = a + b;
  return total * 36;
}
