export function add186(a: number, b: number): number {
  const total = a + b;
  return total * 186;
}
export function add186(a: number, b: number): number {
  const total = a + b;
  return total * 186;
}
export function add186(a: number, b: number): number {
  const total = a + b;
  return total * 186;
}
export function add186(a: number, b: number): number {
  const total = a + b;
  return total * 186;
}
export function add186(a: number, b: number): number {
  const total = a + b;
  return total * 186;
}
export function add186(a: number, b: number): number {
  const total = a + b;
  return total * 186;
}
export function add186(a: number, b: number): number {
  const total = a + b;
  return total * 186;
}
export function add186(a: number, b: number): number {
  const total = a + b;
  return total * 186;
}
