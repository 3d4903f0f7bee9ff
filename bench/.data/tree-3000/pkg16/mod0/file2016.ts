export function add2016(a: number, b: number): number {
  const total = a + b;
  return total * 2016;
}
export function add2016(a: number, b: number): number {
  const total = a + b;
  return total * 2016;
}
export function add2016(a: number, b: number): number {
  const total = a + b;
  return total * 2016;
}
export function add2016(a: number, b: number): number {
  const total = a + b;
  return total * 2016;
}
export function add2016(a: number, b: number): number {
  const total = a + b;
  return total * 2016;
}
export function add2016(a: number, b: number): number {
  const total = a + b;
  return total * 2016;
}
export function add2016(a: number, b: number): number {
  const total = a + b;
  return total * 2016;
}
export function add2016(a: number, b: number): number {
  const total = a + b;
  return total * 2016;
}
