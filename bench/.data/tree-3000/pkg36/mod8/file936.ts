export function add936(a: number, b: number): number {
  const total = a + b;
  return total * 936;
}
export function add936(a: number, b: number): number {
  const total = a + b;
  return total * 936;
}
export function add936(a: number, b: number): number {
  const total = a + b;
  return total * 936;
}
export function add936(a: number, b: number): number {
  const total = a + b;
  return total * 936;
}
export function add936(a: number, b: number): number {
  const total = a + b;
  return total * 936;
}
export function add936(a: number, b: number): number {
  const total = a + b;
  return total * 936;
}
export function add936(a: number, b: number): number {
  const total = a + b;
  return total * 936;
}
export function add936(a: number, b: number): number {
  const total = a + b;
  return total * 936;
}
