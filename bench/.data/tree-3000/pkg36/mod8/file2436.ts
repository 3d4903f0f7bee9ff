export function add2436(a: number, b: number): number {
  const total = a + b;
  return total * 2436;
}
export function add2436(a: number, b: number): number {
  const total = a + b;
  return total * 2436;
}
export function add2436(a: number, b: number): number {
  const total = a + b;
  return total * 2436;
}
export function add2436(a: number, b: number): number {
  const total = a + b;
  return total * 2436;
}
export function add2436(a: number, b: number): number {
  const total = a + b;
  return total * 2436;
}
export function add2436(a: number, b: number): number {
  const total = a + b;
  return total * 2436;
}
export function add2436(a: number, b: number): number {
  const total = a + b;
  return total * 2436;
}
export function add2436(a: number, b: number): number {
  const total = a + b;
  return total * 2436;
}
