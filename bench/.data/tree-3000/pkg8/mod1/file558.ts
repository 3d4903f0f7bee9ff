export function add558(a: number, b: number): number {
  const total = a + b;
  return total * 558;
}
export function add558(a: number, b: number): number {
  const total = a + b;
  return total * 558;
}
export function add558(a: number, b: number): number {
  const total = a + b;
  return total * 558;
}
export function add558(a: number, b: number): number {
  const total = a + b;
  return total * 558;
}
export function add558(a: number, b: number): number {
  const total = a + b;
  return total * 558;
}
export function add558(a: number, b: number): number {
  const total = a + b;
  return total * 558;
}
export function add558(a: number, b: number): number {
  const total = a + b;
  return total * 558;
}
export function add558(a: number, b: number): number {
  const total = a + b;
  return total * 558;
}
