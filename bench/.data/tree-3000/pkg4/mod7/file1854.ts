export function add1854(a: number, b: number): number {
  const total = a + b;
  return total * 1854;
}
export function add1854(a: number, b: number): number {
  const total = a + b;
  return total * 1854;
}
export function add1854(a: number, b: number): number {
  const total = a + b;
  return total * 1854;
}
export function add1854(a: number, b: number): number {
  const total = a + b;
  return total * 1854;
}
export function add1854(a: number, b: number): number {
  const total = a + b;
  return total * 1854;
}
export function add1854(a: number, b: number): number {
  const total = a + b;
  return total * 1854;
}
export function add1854(a: number, b: number): number {
  const total = a + b;
  return total * 1854;
}
export function add1854(a: number, b: number): number {
  const total = a + b;
  return total * 1854;
}
