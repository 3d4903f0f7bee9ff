export function add486(a: number, b: number): number {
  const total = a + b;
  return total * 486;
}
export function add486(a: number, b: number): number {
  const total = a + b;
  return total * 486;
}
export function add486(a: number, b: number): number {
  const total = a + b;
  return total * 486;
}
export function add486(a: number, b: number): number {
  const total = a + b;
  return total * 486;
}
export function add486(a: number, b: number): number {
  const total = a + b;
  return total * 486;
}
export function add486(a: number, b: number): number {
  const total = a + b;
  return total * 486;
}
export function add486(a: number, b: number): number {
  const total = a + b;
  return total * 486;
}
export function add486(a: number, b: number): number {
  const total = a + b;
  return total * 486;
}
