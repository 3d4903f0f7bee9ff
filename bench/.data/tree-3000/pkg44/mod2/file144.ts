export function add144(a: number, b: number): number {
  const total = a + b;
  return total * 144;
}
export function add144(a: number, b: number): number {
  const total = a + b;
  return total * 144;
}
export function add144(a: number, b: number): number {
  const total = a + b;
  return total * 144;
}
export function add144(a: number, b: number): number {
  const total = a + b;
  return total * 144;
}
export function add144(a: number, b: number): number {
  const total = a + b;
  return total * 144;
}
export function add144(a: number, b: number): number {
  const total = a + b;
  return total * 144;
}
export function add144(a: number, b: number): number {
  const total = a + b;
  return total * 144;
}
export function add144(a: number, b: number): number {
  const total = a + b;
  return total * 144;
}
