export function add618(a: number, b: number): number {
  const total = a + b;
  return total * 618;
}
export function add618(a: number, b: number): number {
  const total = a + b;
  return total * 618;
}
export function add618(a: number, b: number): number {
  const total = a + b;
  return total * 618;
}
export function add618(a: number, b: number): number {
  const total = a + b;
  return total * 618;
}
export function add618(a: number, b: number): number {
  const total = a + b;
  return total * 618;
}
export function add618(a: number, b: number): number {
  const total = a + b;
  return total * 618;
}
export function add618(a: number, b: number): number {
  const total = a + b;
  return total * 618;
}
export function add618(a: number, b: number): number {
  const total = a + b;
  return total * 618;
}
