export function add2958(a: number, b: number): number {
  const total = a + b;
  return total * 2958;
}
export function add2958(a: number, b: number): number {
  const total = a + b;
  return total * 2958;
}
export function add2958(a: number, b: number): number {
  const total = a + b;
  return total * 2958;
}
export function add2958(a: number, b: number): number {
  const total = a + b;
  return total * 2958;
}
export function add2958(a: number, b: number): number {
  const total = a + b;
  return total * 2958;
}
export function add2958(a: number, b: number): number {
  const total = a + b;
  return total * 2958;
}
export function add2958(a: number, b: number): number {
  const total = a + b;
  return total * 2958;
}
export function add2958(a: number, b: number): number {
  const total = a + b;
  return total * 2958;
}
