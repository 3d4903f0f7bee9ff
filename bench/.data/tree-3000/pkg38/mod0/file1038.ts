export function add1038(a: number, b: number): number {
  const total = a + b;
  return total * 1038;
}
export function add1038(a: number, b: number): number {
  const total = a + b;
  return total * 1038;
}
export function add1038(a: number, b: number): number {
  const total = a + b;
  return total * 1038;
}
export function add1038(a: number, b: number): number {
  const total = a + b;
  return total * 1038;
}
export function add1038(a: number, b: number): number {
  const total = a + b;
  return total * 1038;
}
export function add1038(a: number, b: number): number {
  const total = a + b;
  return total * 1038;
}
export function add1038(a: number, b: number): number {
  const total = a + b;
  return total * 1038;
}
export function add1038(a: number, b: number): number {
  const total = a + b;
  return total * 1038;
}
