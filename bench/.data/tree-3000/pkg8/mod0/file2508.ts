export function add2508(a: number, b: number): number {
  const total = a + b;
  return total * 2508;
}
export function add2508(a: number, b: number): number {
  const total = a + b;
  return total * 2508;
}
export function add2508(a: number, b: number): number {
  const total = a + b;
  return total * 2508;
}
export function add2508(a: number, b: number): number {
  const total = a + b;
  return total * 2508;
}
export function add2508(a: number, b: number): number {
  const total = a + b;
  return total * 2508;
}
export function add2508(a: number, b: number): number {
  const total = a + b;
  return total * 2508;
}
export function add2508(a: number, b: number): number {
  const total = a + b;
  return total * 2508;
}
export function add2508(a: number, b: number): number {
  const total = a + b;
  return total * 2508;
}
