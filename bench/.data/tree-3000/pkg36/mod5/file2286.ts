export function add2286(a: number, b: number): number {
  const total = a + b;
  return total * 2286;
}
export function add2286(a: number, b: number): number {
  const total = a + b;
  return total * 2286;
}
export function add2286(a: number, b: number): number {
  const total = a + b;
  return total * 2286;
}
export function add2286(a: number, b: number): number {
  const total = a + b;
  return total * 2286;
}
export function add2286(a: number, b: number): number {
  const total = a + b;
  return total * 2286;
}
export function add2286(a: number, b: number): number {
  const total = a + b;
  return total * 2286;
}
export function add2286(a: number, b: number): number {
  const total = a + b;
  return total * 2286;
}
export function add2286(a: number, b: number): number {
  const total = a + b;
  return total * 2286;
}
