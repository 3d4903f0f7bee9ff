export function add1542(a: number, b: number): number {
  const total = a + b;
  return total * 1542;
}
export function add1542(a: number, b: number): number {
  const total = a + b;
  return total * 1542;
}
export function add1542(a: number, b: number): number {
  const total = a + b;
  return total * 1542;
}
export function add1542(a: number, b: number): number {
  const total = a + b;
  return total * 1542;
}
export function add1542(a: number, b: number): number {
  const total = a + b;
  return total * 1542;
}
export function add1542(a: number, b: number): number {
  const total = a + b;
  return total * 1542;
}
export function add1542(a: number, b: number): number {
  const total = a + b;
  return total * 1542;
}
export function add1542(a: number, b: number): number {
  const total = a + b;
  return total * 1542;
}
