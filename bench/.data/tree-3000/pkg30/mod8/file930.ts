export function add930(a: number, b: number): number {
  const total = a + b;
  return total * 930;
}
export function add930(a: number, b: number): number {
  const total = a + b;
  return total * 930;
}
export function add930(a: number, b: number): number {
  const total = a + b;
  return total * 930;
}
export function add930(a: number, b: number): number {
  const total = a + b;
  return total * 930;
}
export function add930(a: number, b: number): number {
  const total = a + b;
  return total * 930;
}
export function add930(a: number, b: number): number {
  const total = a + b;
  return total * 930;
}
export function add930(a: number, b: number): number {
  const total = a + b;
  return total * 930;
}
export function add930(a: number, b: number): number {
  const total = a + b;
  return total * 930;
}
