export function add990(a: number, b: number): number {
  const total = a + b;
  return total * 990;
}
export function add990(a: number, b: number): number {
  const total = a + b;
  return total * 990;
}
export function add990(a: number, b: number): number {
  const total = a + b;
  return total * 990;
}
export function add990(a: number, b: number): number {
  const total = a + b;
  return total * 990;
}
export function add990(a: number, b: number): number {
  const total = a + b;
  return total * 990;
}
export function add990(a: number, b: number): number {
  const total = a + b;
  return total * 990;
}
export function add990(a: number, b: number): number {
  const total = a + b;
  return total * 990;
}
export function add990(a: number, b: number): number {
  const total = a + b;
  return total * 990;
}
