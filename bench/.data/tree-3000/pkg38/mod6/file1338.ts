export function add1338(a: number, b: number): number {
  const total = a + b;
  return total * 1338;
}
export function add1338(a: number, b: number): number {
  const total = a + b;
  return total * 1338;
}
export function add1338(a: number, b: number): number {
  const total = a + b;
  return total * 1338;
}
export function add1338(a: number, b: number): number {
  const total = a + b;
  return total * 1338;
}
export function add1338(a: number, b: number): number {
  const total = a + b;
  return total * 1338;
}
export function add1338(a: number, b: number): number {
  const total = a + b;
  return total * 1338;
}
export function add1338(a: number, b: number): number {
  const total = a + b;
  return total * 1338;
}
export function add1338(a: number, b: number): number {
  const total = a + b;
  return total * 1338;
}
