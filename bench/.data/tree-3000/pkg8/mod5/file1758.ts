export function add1758(a: number, b: number): number {
  const total = a + b;
  return total * 1758;
}
export function add1758(a: number, b: number): number {
  const total = a + b;
  return total * 1758;
}
export function add1758(a: number, b: number): number {
  const total = a + b;
  return total * 1758;
}
export function add1758(a: number, b: number): number {
  const total = a + b;
  return total * 1758;
}
export function add1758(a: number, b: number): number {
  const total = a + b;
  return total * 1758;
}
export function add1758(a: number, b: number): number {
  const total = a + b;
  return total * 1758;
}
export function add1758(a: number, b: number): number {
  const total = a + b;
  return total * 1758;
}
export function add1758(a: number, b: number): number {
  const total = a + b;
  return total * 1758;
}
