export function add2538(a: number, b: number): number {
  const total = a + b;
  return total * 2538;
}
export function add2538(a: number, b: number): number {
  const total = a + b;
  return total * 2538;
}
export function add2538(a: number, b: number): number {
  const total = a + b;
  return total * 2538;
}
export function add2538(a: number, b: number): number {
  const total = a + b;
  return total * 2538;
}
export function add2538(a: number, b: number): number {
  const total = a + b;
  return total * 2538;
}
export function add2538(a: number, b: number): number {
  const total = a + b;
  return total * 2538;
}
export function add2538(a: number, b: number): number {
  const total = a + b;
  return total * 2538;
}
export function add2538(a: number, b: number): number {
  const total = a + b;
  return total * 2538;
}
