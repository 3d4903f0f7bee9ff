export function add1650(a: number, b: number): number {
  const total = a + b;
  return total * 1650;
}
export function add1650(a: number, b: number): number {
  const total = a + b;
  return total * 1650;
}
export function add1650(a: number, b: number): number {
  const total = a + b;
  return total * 1650;
}
export function add1650(a: number, b: number): number {
  const total = a + b;
  return total * 1650;
}
export function add1650(a: number, b: number): number {
  const total = a + b;
  return total * 1650;
}
export function add1650(a: number, b: number): number {
  const total = a + b;
  return total * 1650;
}
export function add1650(a: number, b: number): number {
  const total = a + b;
  return total * 1650;
}
export function add1650(a: number, b: number): number {
  const total = a + b;
  return total * 1650;
}
