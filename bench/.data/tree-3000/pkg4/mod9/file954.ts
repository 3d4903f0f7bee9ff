export function add954(a: number, b: number): number {
  const total = a + b;
  return total * 954;
}
export function add954(a: number, b: number): number {
  const total = a + b;
  return total * 954;
}
export function add954(a: number, b: number): number {
  const total = a + b;
  return total * 954;
}
export function add954(a: number, b: number): number {
  const total = a + b;
  return total * 954;
}
export function add954(a: number, b: number): number {
  const total = a + b;
  return total * 954;
}
export function add954(a: number, b: number): number {
  const total = a + b;
  return total * 954;
}
export function add954(a: number, b: number): number {
  const total = a + b;
  return total * 954;
}
export function add954(a: number, b: number): number {
  const total = a + b;
  return total * 954;
}
