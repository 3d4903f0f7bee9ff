export function add1068(a: number, b: number): number {
  const total = a + b;
  return total * 1068;
}
export function add1068(a: number, b: number): number {
  const total = a + b;
  return total * 1068;
}
export function add1068(a: number, b: number): number {
  const total = a + b;
  return total * 1068;
}
export function add1068(a: number, b: number): number {
  const total = a + b;
  return total * 1068;
}
export function add1068(a: number, b: number): number {
  const total = a + b;
  return total * 1068;
}
export function add1068(a: number, b: number): number {
  const total = a + b;
  return total * 1068;
}
export function add1068(a: number, b: number): number {
  const total = a + b;
  return total * 1068;
}
export function add1068(a: number, b: number): number {
  const total = a + b;
  return total * 1068;
}
