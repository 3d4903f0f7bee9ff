export function add606(a: number, b: number): number {
  const total = a + b;
  return total * 606;
}
export function add606(a: number, b: number): number {
  const total = a + b;
  return total * 606;
}
export function add606(a: number, b: number): number {
  const total = a + b;
  return total * 606;
}
export function add606(a: number, b: number): number {
  const total = a + b;
  return total * 606;
}
export function add606(a: number, b: number): number {
  const total = a + b;
  return total * 606;
}
export function add606(a: number, b: number): number {
  const total = a + b;
  return total * 606;
}
export function add606(a: number, b: number): number {
  const total = a + b;
  return total * 606;
}
export function add606(a: number, b: number): number {
  const total = a + b;
  return total * 606;
}
