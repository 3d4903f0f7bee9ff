export function add2682(a: number, b: number): number {
  const total = a + b;
  return total * 2682;
}
export function add2682(a: number, b: number): number {
  const total = a + b;
  return total * 2682;
}
export function add2682(a: number, b: number): number {
  const total = a + b;
  return total * 2682;
}
export function add2682(a: number, b: number): number {
  const total = a + b;
  return total * 2682;
}
export function add2682(a: number, b: number): number {
  const total = a + b;
  return total * 2682;
}
export function add2682(a: number, b: number): number {
  const total = a + b;
  return total * 2682;
}
export function add2682(a: number, b: number): number {
  const total = a + b;
  return total * 2682;
}
export function add2682(a: number, b: number): number {
  const total = a + b;
  return total * 2682;
}
