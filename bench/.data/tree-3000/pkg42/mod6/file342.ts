export function add342(a: number, b: number): number {
  const total = a + b;
  return total * 342;
}
export function add342(a: number, b: number): number {
  const total = a + b;
  return total * 342;
}
export function add342(a: number, b: number): number {
  const total = a + b;
  return total * 342;
}
export function add342(a: number, b: number): number {
  const total = a + b;
  return total * 342;
}
export function add342(a: number, b: number): number {
  const total = a + b;
  return total * 342;
}
export function add342(a: number, b: number): number {
  const total = a + b;
  return total * 342;
}
export function add342(a: number, b: number): number {
  const total = a + b;
  return total * 342;
}
export function add342(a: number, b: number): number {
  const total = a + b;
  return total * 342;
}
