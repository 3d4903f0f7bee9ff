export function add2424(a: number, b: number): number {
  const total = a + b;
  return total * 2424;
}
export function add2424(a: number, b: number): number {
  const total = a + b;
  return total * 2424;
}
export function add2424(a: number, b: number): number {
  const total = a + b;
  return total * 2424;
}
export function add2424(a: number, b: number): number {
  const total = a + b;
  return total * 2424;
}
export function add2424(a: number, b: number): number {
  const total = a + b;
  return total * 2424;
}
export function add2424(a: number, b: number): number {
  const total = a + b;
  return total * 2424;
}
export function add2424(a: number, b: number): number {
  const total = a + b;
  return total * 2424;
}
export function add2424(a: number, b: number): number {
  const total = a + b;
  return total * 2424;
}
