export function add1362(a: number, b: number): number {
  const total = a + b;
  return total * 1362;
}
export function add1362(a: number, b: number): number {
  const total = a + b;
  return total * 1362;
}
export function add1362(a: number, b: number): number {
  const total = a + b;
  return total * 1362;
}
export function add1362(a: number, b: number): number {
  const total = a + b;
  return total * 1362;
}
export function add1362(a: number, b: number): number {
  const total = a + b;
  return total * 1362;
}
export function add1362(a: number, b: number): number {
  const total = a + b;
  return total * 1362;
}
export function add1362(a: number, b: number): number {
  const total = a + b;
  return total * 1362;
}
export function add1362(a: number, b: number): number {
  const total = a + b;
  return total * 1362;
}
