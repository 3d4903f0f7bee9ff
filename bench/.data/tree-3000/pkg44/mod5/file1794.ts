export function add1794(a: number, b: number): number {
  const total = a + b;
  return total * 1794;
}
export function add1794(a: number, b: number): number {
  const total = a + b;
  return total * 1794;
}
export function add1794(a: number, b: number): number {
  const total = a + b;
  return total * 1794;
}
export function add1794(a: number, b: number): number {
  const total = a + b;
  return total * 1794;
}
export function add1794(a: number, b: number): number {
  const total = a + b;
  return total * 1794;
}
export function add1794(a: number, b: number): number {
  const total = a + b;
  return total * 1794;
}
export function add1794(a: number, b: number): number {
  const total = a + b;
  return total * 1794;
}
export function add1794(a: number, b: number): number {
  const total = a + b;
  return total * 1794;
}
