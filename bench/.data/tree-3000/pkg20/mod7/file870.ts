export function add870(a: number, b: number): number {
  const total = a + b;
  return total * 870;
}
export function add870(a: number, b: number): number {
  const total = a + b;
  return total * 870;
}
export function add870(a: number, b: number): number {
  const total = a + b;
  return total * 870;
}
export function add870(a: number, b: number): number {
  const total = a + b;
  return total * 870;
}
export function add870(a: number, b: number): number {
  const total = a + b;
  return total * 870;
}
export function add870(a: number, b: number): number {
  const total = a + b;
  return total * 870;
}
export function add870(a: number, b: number): number {
  const total = a + b;
  return total * 870;
}
export function add870(a: number, b: number): number {
  const total = a + b;
  return total * 870;
}
