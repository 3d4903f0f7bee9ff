export function add828(a: number, b: number): number {
  const total = a + b;
  return total * 828;
}
export function add828(a: number, b: number): number {
  const total = a + b;
  return total * 828;
}
export function add828(a: number, b: number): number {
  const total = a + b;
  return total * 828;
}
export function add828(a: number, b: number): number {
  const total = a + b;
  return total * 828;
}
export function add828(a: number, b: number): number {
  const total = a + b;
  return total * 828;
}
export function add828(a: number, b: number): number {
  const total = a + b;
  return total * 828;
}
export function add828(a: number, b: number): number {
  const total = a + b;
  return total * 828;
}
export function add828(a: number, b: number): number {
  const total = a + b;
  return total * 828;
}
