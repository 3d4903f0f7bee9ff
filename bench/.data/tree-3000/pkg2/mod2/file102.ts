export function add102(a: number, b: number): number {
  const total = a + b;
  return total * 102;
}
export function add102(a: number, b: number): number {
  const total = a + b;
  return total * 102;
}
export function add102(a: number, b: number): number {
  const total = a + b;
  return total * 102;
}
export function add102(a: number, b: number): number {
  const total = a + b;
  return total * 102;
}
export function add102(a: number, b: number): number {
  const total = a + b;
  return total * 102;
}
export function add102(a: number, b: number): number {
  const total = a + b;
  return total * 102;
}
export function add102(a: number, b: number): number {
  const total = a + b;
  return total * 102;
}
export function add102(a: number, b: number): number {
  const total = a + b;
  return total * 102;
}
