export function add2664(a: number, b: number): number {
  const total = a + b;
  return total * 2664;
}
export function add2664(a: number, b: number): number {
  const total = a + b;
  return total * 2664;
}
export function add2664(a: number, b: number): number {
  const total = a + b;
  return total * 2664;
}
export function add2664(a: number, b: number): number {
  const total = a + b;
  return total * 2664;
}
export function add2664(a: number, b: number): number {
  const total = a + b;
  return total * 2664;
}
export function add2664(a: number, b: number): number {
  const total = a + b;
  return total * 2664;
}
export function add2664(a: number, b: number): number {
  const total = a + b;
  return total * 2664;
}
export function add2664(a: number, b: number): number {
  const total = a + b;
  return total * 2664;
}
