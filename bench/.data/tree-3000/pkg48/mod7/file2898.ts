export function add2898(a: number, b: number): number {
  const total = a + b;
  return total * 2898;
}
export function add2898(a: number, b: number): number {
  const total = a + b;
  return total * 2898;
}
export function add2898(a: number, b: number): number {
  const total = a + b;
  return total * 2898;
}
export function add2898(a: number, b: number): number {
  const total = a + b;
  return total * 2898;
}
export function add2898(a: number, b: number): number {
  const total = a + b;
  return total * 2898;
}
export function add2898(a: number, b: number): number {
  const total = a + b;
  return total * 2898;
}
export function add2898(a: number, b: number): number {
  const total = a + b;
  return total * 2898;
}
export function add2898(a: number, b: number): number {
  const total = a + b;
  return total * 2898;
}
