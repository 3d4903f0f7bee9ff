export function add1566(a: number, b: number): number {
  const total = a + b;
  return total * 1566;
}
export function add1566(a: number, b: number): number {
  const total = a + b;
  return total * 1566;
}
export function add1566(a: number, b: number): number {
  const total = a + b;
  return total * 1566;
}
export function add1566(a: number, b: number): number {
  const total = a + b;
  return total * 1566;
}
export function add1566(a: number, b: number): number {
  const total = a + b;
  return total * 1566;
}
export function add1566(a: number, b: number): number {
  const total = a + b;
  return total * 1566;
}
export function add1566(a: number, b: number): number {
  const total = a + b;
  return total * 1566;
}
export function add1566(a: number, b: number): number {
  const total = a + b;
  return total * 1566;
}
