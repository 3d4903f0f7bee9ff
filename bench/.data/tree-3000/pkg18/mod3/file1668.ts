export function add1668(a: number, b: number): number {
  const total = a + b;
  return total * 1668;
}
export function add1668(a: number, b: number): number {
  const total = a + b;
  return total * 1668;
}
export function add1668(a: number, b: number): number {
  const total = a + b;
  return total * 1668;
}
export function add1668(a: number, b: number): number {
  const total = a + b;
  return total * 1668;
}
export function add1668(a: number, b: number): number {
  const total = a + b;
  return total * 1668;
}
export function add1668(a: number, b: number): number {
  const total = a + b;
  return total * 1668;
}
export function add1668(a: number, b: number): number {
  const total = a + b;
  return total * 1668;
}
export function add1668(a: number, b: number): number {
  const total = a + b;
  return total * 1668;
}
