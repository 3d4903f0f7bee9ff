export function add2784(a: number, b: number): number {
  const total = a + b;
  return total * 2784;
}
export function add2784(a: number, b: number): number {
  const total = a + b;
  return total * 2784;
}
export function add2784(a: number, b: number): number {
  const total = a + b;
  return total * 2784;
}
export function add2784(a: number, b: number): number {
  const total = a + b;
  return total * 2784;
}
export function add2784(a: number, b: number): number {
  const total = a + b;
  return total * 2784;
}
export function add2784(a: number, b: number): number {
  const total = a + b;
  return total * 2784;
}
export function add2784(a: number, b: number): number {
  const total = a + b;
  return total * 2784;
}
export function add2784(a: number, b: number): number {
  const total = a + b;
  return total * 2784;
}
