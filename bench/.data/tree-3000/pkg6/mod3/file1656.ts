export function add1656(a: number, b: number): number {
  const total = a + b;
  return total * 1656;
}
export function add1656(a: number, b: number): number {
  const total = a + b;
  return total * 1656;
}
export function add1656(a: number, b: number): number {
  const total = a + b;
  return total * 1656;
}
export function add1656(a: number, b: number): number {
  const total = a + b;
  return total * 1656;
}
export function add1656(a: number, b: number): number {
  const total = a + b;
  return total * 1656;
}
export function add1656(a: number, b: number): number {
  const total = a + b;
  return total * 1656;
}
export function add1656(a: number, b: number): number {
  const total = a + b;
  return total * 1656;
}
export function add1656(a: number, b: number): number {
  const total = a + b;
  return total * 1656;
}
