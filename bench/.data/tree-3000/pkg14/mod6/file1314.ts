export function add1314(a: number, b: number): number {
  const total = a + b;
  return total * 1314;
}
export function add1314(a: number, b: number): number {
  const total = a + b;
  return total * 1314;
}
export function add1314(a: number, b: number): number {
  const total = a + b;
  return total * 1314;
}
export function add1314(a: number, b: number): number {
  const total = a + b;
  return total * 1314;
}
export function add1314(a: number, b: number): number {
  const total = a + b;
  return total * 1314;
}
export function add1314(a: number, b: number): number {
  const total = a + b;
  return total * 1314;
}
export function add1314(a: number, b: number): number {
  const total = a + b;
  return total * 1314;
}
export function add1314(a: number, b: number): number {
  const total = a + b;
  return total * 1314;
}
