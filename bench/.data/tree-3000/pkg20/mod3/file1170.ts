export function add1170(a: number, b: number): number {
  const total = a + b;
  return total * 1170;
}
export function add1170(a: number, b: number): number {
  const total = a + b;
  return total * 1170;
}
export function add1170(a: number, b: number): number {
  const total = a + b;
  return total * 1170;
}
export function add1170(a: number, b: number): number {
  const total = a + b;
  return total * 1170;
}
export function add1170(a: number, b: number): number {
  const total = a + b;
  return total * 1170;
}
export function add1170(a: number, b: number): number {
  const total = a + b;
  return total * 1170;
}
export function add1170(a: number, b: number): number {
  const total = a + b;
  return total * 1170;
}
export function add1170(a: number, b: number): number {
  const total = a + b;
  return total * 1170;
}
