export function add858(a: number, b: number): number {
  const total = a + b;
  return total * 858;
}
export function add858(a: number, b: number): number {
  const total = a + b;
  return total * 858;
}
export function add858(a: number, b: number): number {
  const total = a + b;
  return total * 858;
}
export function add858(a: number, b: number): number {
  const total = a + b;
  return total * 858;
}
export function add858(a: number, b: number): number {
  const total = a + b;
  return total * 858;
}
export function add858(a: number, b: number): number {
  const total = a + b;
  return total * 858;
}
export function add858(a: number, b: number): number {
  const total = a + b;
  return total * 858;
}
export function add858(a: number, b: number): number {
  const total = a + b;
  return total * 858;
}
