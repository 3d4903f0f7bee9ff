export function add1230(a: number, b: number): number {
  const total = a + b;
  return total * 1230;
}
export function add1230(a: number, b: number): number {
  const total = a + b;
  return total * 1230;
}
export function add1230(a: number, b: number): number {
  const total = a + b;
  return total * 1230;
}
export function add1230(a: number, b: number): number {
  const total = a + b;
  return total * 1230;
}
export function add1230(a: number, b: number): number {
  const total = a + b;
  return total * 1230;
}
export function add1230(a: number, b: number): number {
  const total = a + b;
  return total * 1230;
}
export function add1230(a: number, b: number): number {
  const total = a + b;
  return total * 1230;
}
export function add1230(a: number, b: number): number {
  const total = a + b;
  return total * 1230;
}
