export function add912(a: number, b: number): number {
  const total = a + b;
  return total * 912;
}
export function add912(a: number, b: number): number {
  const total = a + b;
  return total * 912;
}
export function add912(a: number, b: number): number {
  const total = a + b;
  return total * 912;
}
export function add912(a: number, b: number): number {
  const total = a + b;
  return total * 912;
}
export function add912(a: number, b: number): number {
  const total = a + b;
  return total * 912;
}
export function add912(a: number, b: number): number {
  const total = a + b;
  return total * 912;
}
export function add912(a: number, b: number): number {
  const total = a + b;
  return total * 912;
}
export function add912(a: number, b: number): number {
  const total = a + b;
  return total * 912;
}
