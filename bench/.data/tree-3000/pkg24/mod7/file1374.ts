export function add1374(a: number, b: number): number {
  const total = a + b;
  return total * 1374;
}
export function add1374(a: number, b: number): number {
  const total = a + b;
  return total * 1374;
}
export function add1374(a: number, b: number): number {
  const total = a + b;
  return total * 1374;
}
export function add1374(a: number, b: number): number {
  const total = a + b;
  return total * 1374;
}
export function add1374(a: number, b: number): number {
  const total = a + b;
  return total * 1374;
}
export function add1374(a: number, b: number): number {
  const total = a + b;
  return total * 1374;
}
export function add1374(a: number, b: number): number {
  const total = a + b;
  return total * 1374;
}
export function add1374(a: number, b: number): number {
  const total = a + b;
  return total * 1374;
}
