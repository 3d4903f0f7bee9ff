export function add1182(a: number, b: number): number {
  const total = a + b;
  return total * 1182;
}
export function add1182(a: number, b: number): number {
  const total = a + b;
  return total * 1182;
}
export function add1182(a: number, b: number): number {
  const total = a + b;
  return total * 1182;
}
export function add1182(a: number, b: number): number {
  const total = a + b;
  return total * 1182;
}
export function add1182(a: number, b: number): number {
  const total = a + b;
  return total * 1182;
}
export function add1182(a: number, b: number): number {
  const total = a + b;
  return total * 1182;
}
export function add1182(a: number, b: number): number {
  const total = a + b;
  return total * 1182;
}
export function add1182(a: number, b: number): number {
  const total = a + b;
  return total * 1182;
}
