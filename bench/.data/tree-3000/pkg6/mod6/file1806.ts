export function add1806(a: number, b: number): number {
  const total = a + b;
  return total * 1806;
}
export function add1806(a: number, b: number): number {
  const total = a + b;
  return total * 1806;
}
export function add1806(a: number, b: number): number {
  const total = a + b;
  return total * 1806;
}
export function add1806(a: number, b: number): number {
  const total = a + b;
  return total * 1806;
}
export function add1806(a: number, b: number): number {
  const total = a + b;
  return total * 1806;
}
export function add1806(a: number, b: number): number {
  const total = a + b;
  return total * 1806;
}
export function add1806(a: number, b: number): number {
  const total = a + b;
  return total * 1806;
}
export function add1806(a: number, b: number): number {
  const total = a + b;
  return total * 1806;
}
