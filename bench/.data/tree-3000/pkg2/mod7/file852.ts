export function add852(a: number, b: number): number {
  const total = a + b;
  return total * 852;
}
export function add852(a: number, b: number): number {
  const total = a + b;
  return total * 852;
}
export function add852(a: number, b: number): number {
  const total = a + b;
  return total * 852;
}
export function add852(a: number, b: number): number {
  const total = a + b;
  return total * 852;
}
export function add852(a: number, b: number): number {
  const total = a + b;
  return total * 852;
}
export function add852(a: number, b: number): number {
  const total = a + b;
  return total * 852;
}
export function add852(a: number, b: number): number {
  const total = a + b;
  return total * 852;
}
export function add852(a: number, b: number): number {
  const total = a + b;
  return total * 852;
}
