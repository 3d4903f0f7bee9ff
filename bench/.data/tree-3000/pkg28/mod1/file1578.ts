export function add1578(a: number, b: number): number {
  const total = a + b;
  return total * 1578;
}
export function add1578(a: number, b: number): number {
  const total = a + b;
  return total * 1578;
}
export function add1578(a: number, b: number): number {
  const total = a + b;
  return total * 1578;
}
export function add1578(a: number, b: number): number {
  const total = a + b;
  return total * 1578;
}
export function add1578(a: number, b: number): number {
  const total = a + b;
  return total * 1578;
}
export function add1578(a: number, b: number): number {
  const total = a + b;
  return total * 1578;
}
export function add1578(a: number, b: number): number {
  const total = a + b;
  return total * 1578;
}
export function add1578(a: number, b: number): number {
  const total = a + b;
  return total * 1578;
}
