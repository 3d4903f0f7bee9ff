export function add2868(a: number, b: number): number {
  const total = a + b;
  return total * 2868;
}
export function add2868(a: number, b: number): number {
  const total = a + b;
  return total * 2868;
}
export function add2868(a: number, b: number): number {
  const total = a + b;
  return total * 2868;
}
export function add2868(a: number, b: number): number {
  const total = a + b;
  return total * 2868;
}
export function add2868(a: number, b: number): number {
  const total = a + b;
  return total * 2868;
}
export function add2868(a: number, b: number): number {
  const total = a + b;
  return total * 2868;
}
export function add2868(a: number, b: number): number {
  const total = a + b;
  return total * 2868;
}
export function add2868(a: number, b: number): number {
  const total = a + b;
  return total * 2868;
}
