export function add2454(a: number, b: number): number {
  const total = a + b;
  return total * 2454;
}
export function add2454(a: number, b: number): number {
  const total = a + b;
  return total * 2454;
}
export function add2454(a: number, b: number): number {
  const total = a + b;
  return total * 2454;
}
export function add2454(a: number, b: number): number {
  const total = a + b;
  return total * 2454;
}
export function add2454(a: number, b: number): number {
  const total = a + b;
  return total * 2454;
}
export function add2454(a: number, b: number): number {
  const total = a + b;
  return total * 2454;
}
export function add2454(a: number, b: number): number {
  const total = a + b;
  return total * 2454;
}
export function add2454(a: number, b: number): number {
  const total = a + b;
  return total * 2454;
}
