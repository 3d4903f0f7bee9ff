export function add690(a: number, b: number): number {
  const total = a + b;
  return total * 690;
}
export function add690(a: number, b: number): number {
  const total = a + b;
  return total * 690;
}
export function add690(a: number, b: number): number {
  const total = a + b;
  return total * 690;
}
export function add690(a: number, b: number): number {
  const total = a + b;
  return total * 690;
}
export function add690(a: number, b: number): number {
  const total = a + b;
  return total * 690;
}
export function add690(a: number, b: number): number {
  const total = a + b;
  return total * 690;
}
export function add690(a: number, b: number): number {
  const total = a + b;
  return total * 690;
}
export function add690(a: number, b: number): number {
  const total = a + b;
  return total * 690;
}
