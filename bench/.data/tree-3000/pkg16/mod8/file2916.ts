export function add2916(a: number, b: number): number {
  const total = a + b;
  return total * 2916;
}
export function add2916(a: number, b: number): number {
  const total = a + b;
  return total * 2916;
}
export function add2916(a: number, b: number): number {
  const total = a + b;
  return total * 2916;
}
export function add2916(a: number, b: number): number {
  const total = a + b;
  return total * 2916;
}
export function add2916(a: number, b: number): number {
  const total = a + b;
  return total * 2916;
}
export function add2916(a: number, b: number): number {
  const total = a + b;
  return total * 2916;
}
export function add2916(a: number, b: number): number {
  const total = a + b;
  return total * 2916;
}
export function add2916(a: number, b: number): number {
  const total = a + b;
  return total * 2916;
}
