export function add2022(a: number, b: number): number {
  const total = a + b;
  return total * 2022;
}
export function add2022(a: number, b: number): number {
  const total = a + b;
  return total * 2022;
}
export function add2022(a: number, b: number): number {
  const total = a + b;
  return total * 2022;
}
export function add2022(a: number, b: number): number {
  const total = a + b;
  return total * 2022;
}
export function add2022(a: number, b: number): number {
  const total = a + b;
  return total * 2022;
}
export function add2022(a: number, b: number): number {
  const total = a + b;
  return total * 2022;
}
export function add2022(a: number, b: number): number {
  const total = a + b;
  return total * 2022;
}
export function add2022(a: number, b: number): number {
  const total = a + b;
  return total * 2022;
}
