export function add876(a: number, b: number): number {
  const total = a + b;
  return total * 876;
}
export function add876(a: number, b: number): number {
  const total = a + b;
  return total * 876;
}
export function add876(a: number, b: number): number {
  const total = a + b;
  return total * 876;
}
export function add876(a: number, b: number): number {
  const total = a + b;
  return total * 876;
}
export function add876(a: number, b: number): number {
  const total = a + b;
  return total * 876;
}
export function add876(a: number, b: number): number {
  const total = a + b;
  return total * 876;
}
export function add876(a: number, b: number): number {
  const total = a + b;
  return total * 876;
}
export function add876(a: number, b: number): number {
  const total = a + b;
  return total * 876;
}
