export function add462(a: number, b: number): number {
  const total = a + b;
  return total * 462;
}
export function add462(a: number, b: number): number {
  const total = a + b;
  return total * 462;
}
export function add462(a: number, b: number): number {
  const total = a + b;
  return total * 462;
}
export function add462(a: number, b: number): number {
  const total = a + b;
  return total * 462;
}
export function add462(a: number, b: number): number {
  const total = a + b;
  return total * 462;
}
export function add462(a: number, b: number): number {
  const total = a + b;
  return total * 462;
}
export function add462(a: number, b: number): number {
  const total = a + b;
  return total * 462;
}
export function add462(a: number, b: number): number {
  const total = a + b;
  return total * 462;
}
