export function add2076(a: number, b: number): number {
  const total = a + b;
  return total * 2076;
}
export function add2076(a: number, b: number): number {
  const total = a + b;
  return total * 2076;
}
export function add2076(a: number, b: number): number {
  const total = a + b;
  return total * 2076;
}
export function add2076(a: number, b: number): number {
  const total = a + b;
  return total * 2076;
}
export function add2076(a: number, b: number): number {
  const total = a + b;
  return total * 2076;
}
export function add2076(a: number, b: number): number {
  const total = a + b;
  return total * 2076;
}
export function add2076(a: number, b: number): number {
  const total = a + b;
  return total * 2076;
}
export function add2076(a: number, b: number): number {
  const total = a + b;
  return total * 2076;
}
