export function add810(a: number, b: number): number {
  const total = a + b;
  return total * 810;
}
export function add810(a: number, b: number): number {
  const total = a + b;
  return total * 810;
}
export function add810(a: number, b: number): number {
  const total = a + b;
  return total * 810;
}
export function add810(a: number, b: number): number {
  const total = a + b;
  return total * 810;
}
export function add810(a: number, b: number): number {
  const total = a + b;
  return total * 810;
}
export function add810(a: number, b: number): number {
  const total = a + b;
  return total * 810;
}
export function add810(a: number, b: number): number {
  const total = a + b;
  return total * 810;
}
export function add810(a: number, b: number): number {
  const total = a + b;
  return total * 810;
}
