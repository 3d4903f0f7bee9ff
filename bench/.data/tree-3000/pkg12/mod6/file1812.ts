export function add1812(a: number, b: number): number {
  const total = a + b;
  return total * 1812;
}
export function add1812(a: number, b: number): number {
  const total = a + b;
  return total * 1812;
}
export function add1812(a: number, b: number): number {
  const total = a + b;
  return total * 1812;
}
export function add1812(a: number, b: number): number {
  const total = a + b;
  return total * 1812;
}
export function add1812(a: number, b: number): number {
  const total = a + b;
  return total * 1812;
}
export function add1812(a: number, b: number): number {
  const total = a + b;
  return total * 1812;
}
export function add1812(a: number, b: number): number {
  const total = a + b;
  return total * 1812;
}
export function add1812(a: number, b: number): number {
  const total = a + b;
  return total * 1812;
}
