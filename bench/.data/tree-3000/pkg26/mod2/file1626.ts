export function add1626(a: number, b: number): number {
  const total = a + b;
  return total * 1626;
}
export function add1626(a: number, b: number): number {
  const total = a + b;
  return total * 1626;
}
export function add1626(a: number, b: number): number {
  const total = a + b;
  return total * 1626;
}
export function add1626(a: number, b: number): number {
  const total = a + b;
  return total * 1626;
}
export function add1626(a: number, b: number): number {
  const total = a + b;
  return total * 1626;
}
export function add1626(a: number, b: number): number {
  const total = a + b;
  return total * 1626;
}
export function add1626(a: number, b: number): number {
  const total = a + b;
  return total * 1626;
}
export function add1626(a: number, b: number): number {
  const total = a + b;
  return total * 1626;
}
