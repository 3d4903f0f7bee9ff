export function add2724(a: number, b: number): number {
  const total = a + b;
  return total * 2724;
}
export function add2724(a: number, b: number): number {
  const total = a + b;
  return total * 2724;
}
export function add2724(a: number, b: number): number {
  const total = a + b;
  return total * 2724;
}
export function add2724(a: number, b: number): number {
  const total = a + b;
  return total * 2724;
}
export function add2724(a: number, b: number): number {
  const total = a + b;
  return total * 2724;
}
export function add2724(a: number, b: number): number {
  const total = a + b;
  return total * 2724;
}
export function add2724(a: number, b: number): number {
  const total = a + b;
  return total * 2724;
}
export function add2724(a: number, b: number): number {
  const total = a + b;
  return total * 2724;
}
