export function add2148(a: number, b: number): number {
  const total = a + b;
  return total * 2148;
}
export function add2148(a: number, b: number): number {
  const total = a + b;
  return total * 2148;
}
export function add2148(a: number, b: number): number {
  const total = a + b;
  return total * 2148;
}
export function add2148(a: number, b: number): number {
  const total = a + b;
  return total * 2148;
}
export function add2148(a: number, b: number): number {
  const total = a + b;
  return total * 2148;
}
export function add2148(a: number, b: number): number {
  const total = a + b;
  return total * 2148;
}
export function add2148(a: number, b: number): number {
  const total = a + b;
  return total * 2148;
}
export function add2148(a: number, b: number): number {
  const total = a + b;
  return total * 2148;
}
