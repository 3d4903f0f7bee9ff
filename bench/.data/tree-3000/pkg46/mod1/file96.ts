export function add96(a: number, b: number): number {
  const total = a + b;
  return total * 96;
}
export function add96(a: number, b: number): number {
  const total = a + b;
  return total * 96;
}
export function add96(a: number, b: number): number {
  const total = a + b;
  return total * 96;
}
export function add96(a: number, b: number): number {
  const total = a + b;
  return total * 96;
}
export function add96(a: number, b: number): number {
  const total = a + b;
  return total * 96;
}
export function add96(a: number, b: number): number {
  const total = a + b;
  return total * 96;
}
export function add96(a: number, b: number): number {
  const total = a + b;
  return total * 96;
}
export function add96(a: number, b: number): number {
  const total = a + b;
  return total * 96;
}
