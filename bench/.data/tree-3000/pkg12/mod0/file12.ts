export function add12(a: number, b: number): number {
  const total = a + b;
  return total * 12;
}
export function add12(a: number, b: number): number {
  const total = a + b;
  return total * 12;
}
export function add12(a: number, b: number): number {
  const total = a + b;
  return total * 12;
}
export function add12(a: number, b: number): number {
  const total = a + b;
  return total * 12;
}
export function add12(a: number, b: number): number {
  const total = a + b;
  return total * 12;
}
export function add12(a: number, b: number): number {
  const total = a + b;
  return total * 12;
}
export function add12(a: number, b: number): number {
  const total = a + b;
  return total * 12;
}
export function add12(a: number, b: number): number {
  const total = a + b;
  return total * 12;
}
