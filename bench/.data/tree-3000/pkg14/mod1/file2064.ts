export function add2064(a: number, b: number): number {
  const total = a + b;
  return total * 2064;
}
export function add2064(a: number, b: number): number {
  const total = a + b;
  return total * 2064;
}
export function add2064(a: number, b: number): number {
  const total = a + b;
  return total * 2064;
}
export function add2064(a: number, b: number): number {
  const total = a + b;
  return total * 2064;
}
export function add2064(a: number, b: number): number {
  const total = a + b;
  return total * 2064;
}
export function add2064(a: number, b: number): number {
  const total = a + b;
  return total * 2064;
}
export function add2064(a: number, b: number): number {
  const total = a + b;
  return total * 2064;
}
export function add2064(a: number, b: number): number {
  const total = a + b;
  return total * 2064;
}
