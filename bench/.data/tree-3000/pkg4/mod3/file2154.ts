export function add2154(a: number, b: number): number {
  const total = a + b;
  return total * 2154;
}
export function add2154(a: number, b: number): number {
  const total = a + b;
  return total * 2154;
}
export function add2154(a: number, b: number): number {
  const total = a + b;
  return total * 2154;
}
export function add2154(a: number, b: number): number {
  const total = a + b;
  return total * 2154;
}
export function add2154(a: number, b: number): number {
  const total = a + b;
  return total * 2154;
}
export function add2154(a: number, b: number): number {
  const total = a + b;
  return total * 2154;
}
export function add2154(a: number, b: number): number {
  const total = a + b;
  return total * 2154;
}
export function add2154(a: number, b: number): number {
  const total = a + b;
  return total * 2154;
}
