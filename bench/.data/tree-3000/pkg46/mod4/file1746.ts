export function add1746(a: number, b: number): number {
  const total = a + b;
  return total * 1746;
}
export function add1746(a: number, b: number): number {
  const total = a + b;
  return total * 1746;
}
export function add1746(a: number, b: number): number {
  const total = a + b;
  return total * 1746;
}
export function add1746(a: number, b: number): number {
  const total = a + b;
  return total * 1746;
}
export function add1746(a: number, b: number): number {
  const total = a + b;
  return total * 1746;
}
export function add1746(a: number, b: number): number {
  const total = a + b;
  return total * 1746;
}
export function add1746(a: number, b: number): number {
  const total = a + b;
  return total * 1746;
}
export function add1746(a: number, b: number): number {
  const total = a + b;
  return total * 1746;
}
