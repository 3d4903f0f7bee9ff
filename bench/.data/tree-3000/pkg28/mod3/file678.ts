export function add678(a: number, b: number): number {
  const total = a + b;
  return total * 678;
}
export function add678(a: number, b: number): number {
  const total = a + b;
  return total * 678;
}
export function add678(a: number, b: number): number {
  const total = a + b;
  return total * 678;
}
export function add678(a: number, b: number): number {
  const total = a + b;
  return total * 678;
}
export function add678(a: number, b: number): number {
  const total = a + b;
  return total * 678;
}
export function add678(a: number, b: number): number {
  const total = a + b;
  return total * 678;
}
export function add678(a: number, b: number): number {
  const total = a + b;
  return total * 678;
}
export function add678(a: number, b: number): number {
  const total = a + b;
  return total * 678;
}
