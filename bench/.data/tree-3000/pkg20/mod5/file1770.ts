export function add1770(a: number, b: number): number {
  const total = a + b;
  return total * 1770;
}
export function add1770(a: number, b: number): number {
  const total = a + b;
  return total * 1770;
}
export function add1770(a: number, b: number): number {
  const total = a + b;
  return total * 1770;
}
export function add1770(a: number, b: number): number {
  const total = a + b;
  return total * 1770;
}
export function add1770(a: number, b: number): number {
  const total = a + b;
  return total * 1770;
}
export function add1770(a: number, b: number): number {
  const total = a + b;
  return total * 1770;
}
export function add1770(a: number, b: number): number {
  const total = a + b;
  return total * 1770;
}
export function add1770(a: number, b: number): number {
  const total = a + b;
  return total * 1770;
}
