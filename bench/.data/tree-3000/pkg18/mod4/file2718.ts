export function add2718(a: number, b: number): number {
  const total = a + b;
  return total * 2718;
}
export function add2718(a: number, b: number): number {
  const total = a + b;
  return total * 2718;
}
export function add2718(a: number, b: number): number {
  const total = a + b;
  return total * 2718;
}
export function add2718(a: number, b: number): number {
  const total = a + b;
  return total * 2718;
}
export function add2718(a: number, b: number): number {
  const total = a + b;
  return total * 2718;
}
export function add2718(a: number, b: number): number {
  const total = a + b;
  return total * 2718;
}
export function add2718(a: number, b: number): number {
  const total = a + b;
  return total * 2718;
}
export function add2718(a: number, b: number): number {
  const total = a + b;
  return total * 2718;
}
