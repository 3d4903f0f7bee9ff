export function add294(a: number, b: number): number {
  const total = a + b;
  return total * 294;
}
export function add294(a: number, b: number): number {
  const total = a + b;
  return total * 294;
}
export function add294(a: number, b: number): number {
  const total = a + b;
  return total * 294;
}
export function add294(a: number, b: number): number {
  const total = a + b;
  return total * 294;
}
export function add294(a: number, b: number): number {
  const total = a + b;
  return total * 294;
}
export function add294(a: number, b: number): number {
  const total = a + b;
  return total * 294;
}
export function add294(a: number, b: number): number {
  const total = a + b;
  return total * 294;
}
export function add294(a: number, b: number): number {
  const total = a + b;
  return total * 294;
}
