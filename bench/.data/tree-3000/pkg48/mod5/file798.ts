export function add798(a: number, b: number): number {
  const total = a + b;
  return total * 798;
}
export function add798(a: number, b: number): number {
  const total = a + b;
  return total * 798;
}
export function add798(a: number, b: number): number {
  const total = a + b;
  return total * 798;
}
export function add798(a: number, b: number): number {
  const total = a + b;
  return total * 798;
}
export function add798(a: number, b: number): number {
  const total = a + b;
  return total * 798;
}
export function add798(a: number, b: number): number {
  const total = a + b;
  return total * 798;
}
export function add798(a: number, b: number): number {
  const total = a + b;
  return total * 798;
}
export function add798(a: number, b: number): number {
  const total = a + b;
  return total * 798;
}
