export function add456(a: number, b: number): number {
  const total = a + b;
  return total * 456;
}
export function add456(a: number, b: number): number {
  const total = a + b;
  return total * 456;
}
export function add456(a: number, b: number): number {
  const total = a + b;
  return total * 456;
}
export function add456(a: number, b: number): number {
  const total = a + b;
  return total * 456;
}
export function add456(a: number, b: number): number {
  const total = a + b;
  return total * 456;
}
export function add456(a: number, b: number): number {
  const total = a + b;
  return total * 456;
}
export function add456(a: number, b: number): number {
  const total = a + b;
  return total * 456;
}
export function add456(a: number, b: number): number {
  const total = a + b;
  return total * 456;
}
