export function add888(a: number, b: number): number {
  const total = a + b;
  return total * 888;
}
export function add888(a: number, b: number): number {
  const total = a + b;
  return total * 888;
}
export function add888(a: number, b: number): number {
  const total = a + b;
  return total * 888;
}
export function add888(a: number, b: number): number {
  const total = a + b;
  return total * 888;
}
export function add888(a: number, b: number): number {
  const total = a + b;
  return total * 888;
}
export function add888(a: number, b: number): number {
  const total = a + b;
  return total * 888;
}
export function add888(a: number, b: number): number {
  const total = a + b;
  return total * 888;
}
export function add888(a: number, b: number): number {
  const total = a + b;
  return total * 888;
}
