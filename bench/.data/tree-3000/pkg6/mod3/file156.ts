export function add156(a: number, b: number): number {
  const total = a + b;
  return total * 156;
}
export function add156(a: number, b: number): number {
  const total = a + b;
  return total * 156;
}
export function add156(a: number, b: number): number {
  const total = a + b;
  return total * 156;
}
export function add156(a: number, b: number): number {
  const total = a + b;
  return total * 156;
}
export function add156(a: number, b: number): number {
  const total = a + b;
  return total * 156;
}
export function add156(a: number, b: number): number {
  const total = a + b;
  return total * 156;
}
export function add156(a: number, b: number): number {
  const total = a + b;
  return total * 156;
}
export function add156(a: number, b: number): number {
  const total = a + b;
  return total * 156;
}
