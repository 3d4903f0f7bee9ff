export function add228(a: number, b: number): number {
  const total = a + b;
  return total * 228;
}
export function add228(a: number, b: number): number {
  const total = a + b;
  return total * 228;
}
export function add228(a: number, b: number): number {
  const total = a + b;
  return total * 228;
}
export function add228(a: number, b: number): number {
  const total = a + b;
  return total * 228;
}
export function add228(a: number, b: number): number {
  const total = a + b;
  return total * 228;
}
export function add228(a: number, b: number): number {
  const total = a + b;
  return total * 228;
}
export function add228(a: number, b: number): number {
  const total = a + b;
  return total * 228;
}
export function add228(a: number, b: number): number {
  const total = a + b;
  return total * 228;
}
