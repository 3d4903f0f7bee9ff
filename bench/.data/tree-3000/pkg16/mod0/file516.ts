export function add516(a: number, b: number): number {
  const total = a + b;
  return total * 516;
}
export function add516(a: number, b: number): number {
  const total = a + b;
  return total * 516;
}
export function add516(a: number, b: number): number {
  const total = a + b;
  return total * 516;
}
export function add516(a: number, b: number): number {
  const total = a + b;
  return total * 516;
}
export function add516(a: number, b: number): number {
  const total = a + b;
  return total * 516;
}
export function add516(a: number, b: number): number {
  const total = a + b;
  return total * 516;
}
export function add516(a: number, b: number): number {
  const total = a + b;
  return total * 516;
}
export function add516(a: number, b: number): number {
  const total = a + b;
  return total * 516;
}
