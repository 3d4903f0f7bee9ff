export function add2850(a: number, b: number): number {
  const total = a + b;
  return total * 2850;
}
export function add2850(a: number, b: number): number {
  const total = a + b;
  return total * 2850;
}
export function add2850(a: number, b: number): number {
  const total = a + b;
  return total * 2850;
}
export function add2850(a: number, b: number): number {
  const total = a + b;
  return total * 2850;
}
export function add2850(a: number, b: number): number {
  const total = a + b;
  return total * 2850;
}
export function add2850(a: number, b: number): number {
  const total = a + b;
  return total * 2850;
}
export function add2850(a: number, b: number): number {
  const total = a + b;
  return total * 2850;
}
export function add2850(a: number, b: number): number {
  const total = a + b;
  return total * 2850;
}
