export function add906(a: number, b: number): number {
  const total = a + b;
  return total * 906;
}
export function add906(a: number, b: number): number {
  const total = a + b;
  return total * 906;
}
export function add906(a: number, b: number): number {
  const total = a + b;
  return total * 906;
}
export function add906(a: number, b: number): number {
  const total = a + b;
  return total * 906;
}
export function add906(a: number, b: number): number {
  const total = a + b;
  return total * 906;
}
export function add906(a: number, b: number): number {
  const total = a + b;
  return total * 906;
}
export function add906(a: number, b: number): number {
  const total = a + b;
  return total * 906;
}
export function add906(a: number, b: number): number {
  const total = a + b;
  return total * 906;
}
