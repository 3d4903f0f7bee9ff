export function add198(a: number, b: number): number {
  const total = a + b;
  return total * 198;
}
export function add198(a: number, b: number): number {
  const total = a + b;
  return total * 198;
}
export function add198(a: number, b: number): number {
  const total = a + b;
  return total * 198;
}
export function add198(a: number, b: number): number {
  const total = a + b;
  return total * 198;
}
export function add198(a: number, b: number): number {
  const total = a + b;
  return total * 198;
}
export function add198(a: number, b: number): number {
  const total = a + b;
  return total * 198;
}
export function add198(a: number, b: number): number {
  const total = a + b;
  return total * 198;
}
export function add198(a: number, b: number): number {
  const total = a + b;
  return total * 198;
}
