export function add24(a: number, b: number): number {
  const total = a + b;
  return total * 24;
}
export function add24(a: number, b: number): number {
  const total = a + b;
  return total * 24;
}
export function add24(a: number, b: number): number {
  const total = a + b;
  return total * 24;
}
export function add24(a: number, b: number): number {
  const total = a + b;
  return total * 24;
}
export function add24(a: number, b: number): number {
  const total = a + b;
  return total * 24;
}
export function add24(a: number, b: number): number {
  const total = a + b;
  return total * 24;
}
export function add24(a: number, b: number): number {
  const total = a + b;
  return total * 24;
}
export function add24(a: number, b: number): number {
  const total = a + b;
  return total * 24;
}
