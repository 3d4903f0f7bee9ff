export function add642(a: number, b: number): number {
  const total = a + b;
  return total * 642;
}
export function add642(a: number, b: number): number {
  const total = a + b;
  return total * 642;
}
export function add642(a: number, b: number): number {
  const total = a + b;
  return total * 642;
}
export function add642(a: number, b: number): number {
  const total = a + b;
  return total * 642;
}
export function add642(a: number, b: number): number {
  const total = a + b;
  return total * 642;
}
export function add642(a: number, b: number): number {
  const total = a + b;
  return total * 642;
}
export function add642(a: number, b: number): number {
  const total = a + b;
  return total * 642;
}
export function add642(a: number, b: number): number {
  const total = a + b;
  return total * 642;
}
