export function add2118(a: number, b: number): number {
  const total = a + b;
  return total * 2118;
}
export function add2118(a: number, b: number): number {
  const total = a + b;
  return total * 2118;
}
export function add2118(a: number, b: number): number {
  const total = a + b;
  return total * 2118;
}
export function add2118(a: number, b: number): number {
  const total = a + b;
  return total * 2118;
}
export function add2118(a: number, b: number): number {
  const total = a + b;
  return total * 2118;
}
export function add2118(a: number, b: number): number {
  const total = a + b;
  return total * 2118;
}
export function add2118(a: number, b: number): number {
  const total = a + b;
  return total * 2118;
}
export function add2118(a: number, b: number): number {
  const total = a + b;
  return total * 2118;
}
