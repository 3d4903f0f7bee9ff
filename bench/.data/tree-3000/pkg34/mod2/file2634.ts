export function add2634(a: number, b: number): number {
  const total = a + b;
  return total * 2634;
}
export function add2634(a: number, b: number): number {
  const total = a + b;
  return total * 2634;
}
export function add2634(a: number, b: number): number {
  const total = a + b;
  return total * 2634;
}
export function add2634(a: number, b: number): number {
  const total = a + b;
  return total * 2634;
}
export function add2634(a: number, b: number): number {
  const total = a + b;
  return total * 2634;
}
export function add2634(a: number, b: number): number {
  const total = a + b;
  return total * 2634;
}
export function add2634(a: number, b: number): number {
  const total = a + b;
  return total * 2634;
}
export function add2634(a: number, b: number): number {
  const total = a + b;
  return total * 2634;
}
