export function add1992(a: number, b: number): number {
  const total = a + b;
  return total * 1992;
}
export function add1992(a: number, b: number): number {
  const total = a + b;
  return total * 1992;
}
export function add1992(a: number, b: number): number {
  const total = a + b;
  return total * 1992;
}
export function add1992(a: number, b: number): number {
  const total = a + b;
  return total * 1992;
}
export function add1992(a: number, b: number): number {
  const total = a + b;
  return total * 1992;
}
export function add1992(a: number, b: number): number {
  const total = a + b;
  return total * 1992;
}
export function add1992(a: number, b: number): number {
  const total = a + b;
  return total * 1992;
}
export function add1992(a: number, b: number): number {
  const total = a + b;
  return total * 1992;
}
