export function add258(a: number, b: number): number {
  const total = a + b;
  return total * 258;
}
export function add258(a: number, b: number): number {
  const total = a + b;
  return total * 258;
}
export function add258(a: number, b: number): number {
  const total = a + b;
  return total * 258;
}
export function add258(a: number, b: number): number {
  const total = a + b;
  return total * 258;
}
export function add258(a: number, b: number): number {
  const total = a + b;
  return total * 258;
}
export function add258(a: number, b: number): number {
  const total = a + b;
  return total * 258;
}
export function add258(a: number, b: number): number {
  const total = a + b;
  return total * 258;
}
export function add258(a: number, b: number): number {
  const total = a + b;
  return total * 258;
}
