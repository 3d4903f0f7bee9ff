export function add192(a: number, b: number): number {
  const total = a + b;
  return total * 192;
}
export function add192(a: number, b: number): number {
  const total = a + b;
  return total * 192;
}
export function add192(a: number, b: number): number {
  const total = a + b;
  return total * 192;
}
export function add192(a: number, b: number): number {
  const total = a + b;
  return total * 192;
}
export function add192(a: number, b: number): number {
  const total = a + b;
  return total * 192;
}
export function add192(a: number, b: number): number {
  const total = a + b;
  return total * 192;
}
export function add192(a: number, b: number): number {
  const total = a + b;
  return total * 192;
}
export function add192(a: number, b: number): number {
  const total = a + b;
  return total * 192;
}
