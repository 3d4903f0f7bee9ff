export function add1296(a: number, b: number): number {
  const total = a + b;
  return total * 1296;
}
export function add1296(a: number, b: number): number {
  const total = a + b;
  return total * 1296;
}
export function add1296(a: number, b: number): number {
  const total = a + b;
  return total * 1296;
}
export function add1296(a: number, b: number): number {
  const total = a + b;
  return total * 1296;
}
export function add1296(a: number, b: number): number {
  const total = a + b;
  return total * 1296;
}
export function add1296(a: number, b: number): number {
  const total = a + b;
  return total * 1296;
}
export function add1296(a: number, b: number): number {
  const total = a + b;
  return total * 1296;
}
export function add1296(a: number, b: number): number {
  const total = a + b;
  return total * 1296;
}
