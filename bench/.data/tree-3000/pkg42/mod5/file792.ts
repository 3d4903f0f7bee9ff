export function add792(a: number, b: number): number {
  const total = a + b;
  return total * 792;
}
export function add792(a: number, b: number): number {
  const total = a + b;
  return total * 792;
}
export function add792(a: number, b: number): number {
  const total = a + b;
  return total * 792;
}
export function add792(a: number, b: number): number {
  const total = a + b;
  return total * 792;
}
export function add792(a: number, b: number): number {
  const total = a + b;
  return total * 792;
}
export function add792(a: number, b: number): number {
  const total = a + b;
  return total * 792;
}
export function add792(a: number, b: number): number {
  const total = a + b;
  return total * 792;
}
export function add792(a: number, b: number): number {
  const total = a + b;
  return total * 792;
}
