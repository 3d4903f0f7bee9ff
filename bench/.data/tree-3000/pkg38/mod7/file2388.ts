export function add2388(a: number, b: number): number {
  const total = a + b;
  return total * 2388;
}
export function add2388(a: number, b: number): number {
  const total = a + b;
  return total * 2388;
}
export function add2388(a: number, b: number): number {
  const total = a + b;
  return total * 2388;
}
export function add2388(a: number, b: number): number {
  const total = a + b;
  return total * 2388;
}
export function add2388(a: number, b: number): number {
  const total = a + b;
  return total * 2388;
}
export function add2388(a: number, b: number): number {
  const total = a + b;
  return total * 2388;
}
export function add2388(a: number, b: number): number {
  const total = a + b;
  return total * 2388;
}
export function add2388(a: number, b: number): number {
  const total = a + b;
  return total * 2388;
}
