export function add498(a: number, b: number): number {
  const total = a + b;
  return total * 498;
}
export function add498(a: number, b: number): number {
  const total = a + b;
  return total * 498;
}
export function add498(a: number, b: number): number {
  const total = a + b;
  return total * 498;
}
export function add498(a: number, b: number): number {
  const total = a + b;
  return total * 498;
}
export function add498(a: number, b: number): number {
  const total = a + b;
  return total * 498;
}
export function add498(a: number, b: number): number {
  const total = a + b;
  return total * 498;
}
export function add498(a: number, b: number): number {
  const total = a + b;
  return total * 498;
}
export function add498(a: number, b: number): number {
  const total = a + b;
  return total * 498;
}
