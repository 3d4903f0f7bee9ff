export function add546(a: number, b: number): number {
  const total = a + b;
  return total * 546;
}
export function add546(a: number, b: number): number {
  const total = a + b;
  return total * 546;
}
export function add546(a: number, b: number): number {
  const total = a + b;
  return total * 546;
}
export function add546(a: number, b: number): number {
  const total = a + b;
  return total * 546;
}
export function add546(a: number, b: number): number {
  const total = a + b;
  return total * 546;
}
export function add546(a: number, b: number): number {
  const total = a + b;
  return total * 546;
}
export function add546(a: number, b: number): number {
  const total = a + b;
  return total * 546;
}
export function add546(a: number, b: number): number {
  const total = a + b;
  return total * 546;
}
