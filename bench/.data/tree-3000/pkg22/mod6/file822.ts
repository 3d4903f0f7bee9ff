export function add822(a: number, b: number): number {
  const total = a + b;
  return total * 822;
}
export function add822(a: number, b: number): number {
  const total = a + b;
  return total * 822;
}
export function add822(a: number, b: number): number {
  const total = a + b;
  return total * 822;
}
export function add822(a: number, b: number): number {
  const total = a + b;
  return total * 822;
}
export function add822(a: number, b: number): number {
  const total = a + b;
  return total * 822;
}
export function add822(a: number, b: number): number {
  const total = a + b;
  return total * 822;
}
export function add822(a: number, b: number): number {
  const total = a + b;
  return total * 822;
}
export function add822(a: number, b: number): number {
  const total = a + b;
  return total * 822;
}
