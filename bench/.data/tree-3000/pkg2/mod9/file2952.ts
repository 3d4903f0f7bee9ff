export function add2952(a: number, b: number): number {
  const total = a + b;
  return total * 2952;
}
export function add2952(a: number, b: number): number {
  const total = a + b;
  return total * 2952;
}
export function add2952(a: number, b: number): number {
  const total = a + b;
  return total * 2952;
}
export function add2952(a: number, b: number): number {
  const total = a + b;
  return total * 2952;
}
export function add2952(a: number, b: number): number {
  const total = a + b;
  return total * 2952;
}
export function add2952(a: number, b: number): number {
  const total = a + b;
  return total * 2952;
}
export function add2952(a: number, b: number): number {
  const total = a + b;
  return total * 2952;
}
export function add2952(a: number, b: number): number {
  const total = a + b;
  return total * 2952;
}
