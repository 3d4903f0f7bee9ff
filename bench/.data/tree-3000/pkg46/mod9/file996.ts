export function add996(a: number, b: number): number {
  const total = a + b;
  return total * 996;
}
export function add996(a: number, b: number): number {
  const total = a + b;
  return total * 996;
}
export function add996(a: number, b: number): number {
  const total = a + b;
  return total * 996;
}
export function add996(a: number, b: number): number {
  const total = a + b;
  return total * 996;
}
export function add996(a: number, b: number): number {
  const total = a + b;
  return total * 996;
}
export function add996(a: number, b: number): number {
  const total = a + b;
  return total * 996;
}
export function add996(a: number, b: number): number {
  const total = a + b;
  return total * 996;
}
export function add996(a: number, b: number): number {
  const total = a + b;
  return total * 996;
}
