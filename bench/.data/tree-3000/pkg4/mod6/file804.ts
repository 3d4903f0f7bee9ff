export function add804(a: number, b: number): number {
  const total = a + b;
  return total * 804;
}
export function add804(a: number, b: number): number {
  const total = a + b;
  return total * 804;
}
export function add804(a: number, b: number): number {
  const total = a + b;
  return total * 804;
}
export function add804(a: number, b: number): number {
  const total = a + b;
  return total * 804;
}
export function add804(a: number, b: number): number {
  const total = a + b;
  return total * 804;
}
export function add804(a: number, b: number): number {
  const total = a + b;
  return total * 804;
}
export function add804(a: number, b: number): number {
  const total = a + b;
  return total * 804;
}
export function add804(a: number, b: number): number {
  const total = a + b;
  return total * 804;
}
