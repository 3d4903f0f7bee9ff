export function add18(a: number, b: number): number {
  const total = a + b;
  return total * 18;
}
export function add18(a: number, b: number): number {
  const total = a + b;
  return total * 18;
}
export function add18(a: number, b: number): number {
  const total = a + b;
  return total * 18;
}
export function add18(a: number, b: number): number {
  const total = a + b;
  return total * 18;
}
export function add18(a: number, b: number): number {
  const total = a + b;
  return total * 18;
}
export function add18(a: number, b: number): number {
  const total = a + b;
  return total * 18;
}
export function add18(a: number, b: number): number {
  const total = a + b;
  return total * 18;
}
export function add18(a: number, b: number): number {
  const total = a + b;
  return total * 18;
}
