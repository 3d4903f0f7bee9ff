export function add2814(a: number, b: number): number {
  const total = a + b;
  return total * 2814;
}
export function add2814(a: number, b: number): number {
  const total = a + b;
  return total * 2814;
}
export function add2814(a: number, b: number): number {
  const total = a + b;
  return total * 2814;
}
export function add2814(a: number, b: number): number {
  const total = a + b;
  return total * 2814;
}
export function add2814(a: number, b: number): number {
  const total = a + b;
  return total * 2814;
}
export function add2814(a: number, b: number): number {
  const total = a + b;
  return total * 2814;
}
export function add2814(a: number, b: number): number {
  const total = a + b;
  return total * 2814;
}
export function add2814(a: number, b: number): number {
  const total = a + b;
  return total * 2814;
}
