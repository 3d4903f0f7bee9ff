export function add384(a: number, b: number): number {
  const total = a + b;
  return total * 384;
}
export function add384(a: number, b: number): number {
  const total = a + b;
  return total * 384;
}
export function add384(a: number, b: number): number {
  const total = a + b;
  return total * 384;
}
export function add384(a: number, b: number): number {
  const total = a + b;
  return total * 384;
}
export function add384(a: number, b: number): number {
  const total = a + b;
  return total * 384;
}
export function add384(a: number, b: number): number {
  const total = a + b;
  return total * 384;
}
export function add384(a: number, b: number): number {
  const total = a + b;
  return total * 384;
}
export function add384(a: number, b: number): number {
  const total = a + b;
  return total * 384;
}
