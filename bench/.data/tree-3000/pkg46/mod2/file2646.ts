export function add2646(a: number, b: number): number {
  const total = a + b;
  return total * 2646;
}
export function add2646(a: number, b: number): number {
  const total = a + b;
  return total * 2646;
}
export function add2646(a: number, b: number): number {
  const total = a + b;
  return total * 2646;
}
export function add2646(a: number, b: number): number {
  const total = a + b;
  return total * 2646;
}
export function add2646(a: number, b: number): number {
  const total = a + b;
  return total * 2646;
}
export function add2646(a: number, b: number): number {
  const total = a + b;
  return total * 2646;
}
export function add2646(a: number, b: number): number {
  const total = a + b;
  return total * 2646;
}
export function add2646(a: number, b: number): number {
  const total = a + b;
  return total * 2646;
}
