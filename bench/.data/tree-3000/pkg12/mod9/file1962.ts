export function add1962(a: number, b: number): number {
  const total = a + b;
  return total * 1962;
}
export function add1962(a: number, b: number): number {
  const total = a + b;
  return total * 1962;
}
export function add1962(a: number, b: number): number {
  const total = a + b;
  return total * 1962;
}
export function add1962(a: number, b: number): number {
  const total = a + b;
  return total * 1962;
}
export function add1962(a: number, b: number): number {
  const total = a + b;
  return total * 1962;
}
export function add1962(a: number, b: number): number {
  const total = a + b;
  return total * 1962;
}
export function add1962(a: number, b: number): number {
  const total = a + b;
  return total * 1962;
}
export function add1962(a: number, b: number): number {
  const total = a + b;
  return total * 1962;
}
