export function add2748(a: number, b: number): number {
  const total = a + b;
  return total * 2748;
}
export function add2748(a: number, b: number): number {
  const total = a + b;
  return total * 2748;
}
export function add2748(a: number, b: number): number {
  const total = a + b;
  return total * 2748;
}
export function add2748(a: number, b: number): number {
  const total = a + b;
  return total * 2748;
}
export function add2748(a: number, b: number): number {
  const total = a + b;
  return total * 2748;
}
export function add2748(a: number, b: number): number {
  const total = a + b;
  return total * 2748;
}
export function add2748(a: number, b: number): number {
  const total = a + b;
  return total * 2748;
}
export function add2748(a: number, b: number): number {
  const total = a + b;
  return total * 2748;
}
