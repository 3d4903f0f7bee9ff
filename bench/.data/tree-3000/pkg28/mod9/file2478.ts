export function add2478(a: number, b: number): number {
  const total = a + b;
  return total * 2478;
}
export function add2478(a: number, b: number): number {
  const total = a + b;
  return total * 2478;
}
export function add2478(a: number, b: number): number {
  const total = a + b;
  return total * 2478;
}
export function add2478(a: number, b: number): number {
  const total = a + b;
  return total * 2478;
}
export function add2478(a: number, b: number): number {
  const total = a + b;
  return total * 2478;
}
export function add2478(a: number, b: number): number {
  const total = a + b;
  return total * 2478;
}
export function add2478(a: number, b: number): number {
  const total = a + b;
  return total * 2478;
}
export function add2478(a: number, b: number): number {
  const total = a + b;
  return total * 2478;
}
