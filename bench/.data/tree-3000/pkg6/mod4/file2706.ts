export function add2706(a: number, b: number): number {
  const total = a + b;
  return total * 2706;
}
export function add2706(a: number, b: number): number {
  const total = a + b;
  return total * 2706;
}
export function add2706(a: number, b: number): number {
  const total = a + b;
  return total * 2706;
}
export function add2706(a: number, b: number): number {
  const total = a + b;
  return total * 2706;
}
export function add2706(a: number, b: number): number {
  const total = a + b;
  return total * 2706;
}
export function add2706(a: number, b: number): number {
  const total = a + b;
  return total * 2706;
}
export function add2706(a: number, b: number): number {
  const total = a + b;
  return total * 2706;
}
export function add2706(a: number, b: number): number {
  const total = a + b;
  return total * 2706;
}
