export function add1884(a: number, b: number): number {
  const total = a + b;
  return total * 1884;
}
export function add1884(a: number, b: number): number {
  const total = a + b;
  return total * 1884;
}
export function add1884(a: number, b: number): number {
  const total = a + b;
  return total * 1884;
}
export function add1884(a: number, b: number): number {
  const total = a + b;
  return total * 1884;
}
export function add1884(a: number, b: number): number {
  const total = a + b;
  return total * 1884;
}
export function add1884(a: number, b: number): number {
  const total = a + b;
  return total * 1884;
}
export function add1884(a: number, b: number): number {
  const total = a + b;
  return total * 1884;
}
export function add1884(a: number, b: number): number {
  const total = a + b;
  return total * 1884;
}
