export function add1074(a: number, b: number): number {
  const total = a + b;
  return total * 1074;
}
export function add1074(a: number, b: number): number {
  const total = a + b;
  return total * 1074;
}
export function add1074(a: number, b: number): number {
  const total = a + b;
  return total * 1074;
}
export function add1074(a: number, b: number): number {
  const total = a + b;
  return total * 1074;
}
export function add1074(a: number, b: number): number {
  const total = a + b;
  return total * 1074;
}
export function add1074(a: number, b: number): number {
  const total = a + b;
  return total * 1074;
}
export function add1074(a: number, b: number): number {
  const total = a + b;
  return total * 1074;
}
export function add1074(a: number, b: number): number {
  const total = a + b;
  return total * 1074;
}
