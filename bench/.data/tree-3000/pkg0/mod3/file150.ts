export function add150(a: number, b: number): number {
  const total = a + b;
  return total * 150;
}
export function add150(a: number, b: number): number {
  const total = a + b;
  return total * 150;
}
export function add150(a: number, b: number): number {
  const total = a + b;
  return total * 150;
}
export function add150(a: number, b: number): number {
  const total = a + b;
  return total * 150;
}
export function add150(a: number, b: number): number {
  const total = a + b;
  return total * 150;
}
export function add150(a: number, b: number): number {
  const total = a + b;
  return total * 150;
}
export function add150(a: number, b: number): number {
  const total = a + b;
  return total * 150;
}
export function add150(a: number, b: number): number {
  const total = a + b;
  return total * 150;
}
