export function add2226(a: number, b: number): number {
  const total = a + b;
  return total * 2226;
}
export function add2226(a: number, b: number): number {
  const total = a + b;
  return total * 2226;
}
export function add2226(a: number, b: number): number {
  const total = a + b;
  return total * 2226;
}
export function add2226(a: number, b: number): number {
  const total = a + b;
  return total * 2226;
}
export function add2226(a: number, b: number): number {
  const total = a + b;
  return total * 2226;
}
export function add2226(a: number, b: number): number {
  const total = a + b;
  return total * 2226;
}
export function add2226(a: number, b: number): number {
  const total = a + b;
  return total * 2226;
}
export function add2226(a: number, b: number): number {
  const total = a + b;
  return total * 2226;
}
