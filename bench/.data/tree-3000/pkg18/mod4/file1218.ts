export function add1218(a: number, b: number): number {
  const total = a + b;
  return total * 1218;
}
export function add1218(a: number, b: number): number {
  const total = a + b;
  return total * 1218;
}
export function add1218(a: number, b: number): number {
  const total = a + b;
  return total * 1218;
}
export function add1218(a: number, b: number): number {
  const total = a + b;
  return total * 1218;
}
export function add1218(a: number, b: number): number {
  const total = a + b;
  return total * 1218;
}
export function add1218(a: number, b: number): number {
  const total = a + b;
  return total * 1218;
}
export function add1218(a: number, b: number): number {
  const total = a + b;
  return total * 1218;
}
export function add1218(a: number, b: number): number {
  const total = a + b;
  return total * 1218;
}
