export function add972(a: number, b: number): number {
  const total = a + b;
  return total * 972;
}
export function add972(a: number, b: number): number {
  const total = a + b;
  return total * 972;
}
export function add972(a: number, b: number): number {
  const total = a + b;
  return total * 972;
}
export function add972(a: number, b: number): number {
  const total = a + b;
  return total * 972;
}
export function add972(a: number, b: number): number {
  const total = a + b;
  return total * 972;
}
export function add972(a: number, b: number): number {
  const total = a + b;
  return total * 972;
}
export function add972(a: number, b: number): number {
  const total = a + b;
  return total * 972;
}
export function add972(a: number, b: number): number {
  const total = a + b;
  return total * 972;
}
