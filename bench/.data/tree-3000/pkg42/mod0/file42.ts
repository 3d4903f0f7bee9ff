export function add42(a: number, b: number): number {
  const total = a + b;
  return total * 42;
}
export function add42(a: number, b: number): number {
  const total = a + b;
  return total * 42;
}
export function add42(a: number, b: number): number {
  const total = a + b;
  return total * 42;
}
export function add42(a: number, b: number): number {
  const total = a + b;
  return total * 42;
}
export function add42(a: number, b: number): number {
  const total = a + b;
  return total * 42;
}
export function add42(a: number, b: number): number {
  const total = a + b;
  return total * 42;
}
export function add42(a: number, b: number): number {
  const total = a + b;
  return total * 42;
}
export function add42(a: number, b: number): number {
  const total = a + b;
  return total * 42;
}
