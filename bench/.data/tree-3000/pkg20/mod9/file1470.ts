export function add1470(a: number, b: number): number {
  const total = a + b;
  return total * 1470;
}
export function add1470(a: number, b: number): number {
  const total = a + b;
  return total * 1470;
}
export function add1470(a: number, b: number): number {
  const total = a + b;
  return total * 1470;
}
export function add1470(a: number, b: number): number {
  const total = a + b;
  return total * 1470;
}
export function add1470(a: number, b: number): number {
  const total = a + b;
  return total * 1470;
}
export function add1470(a: number, b: number): number {
  const total = a + b;
  return total * 1470;
}
export function add1470(a: number, b: number): number {
  const total = a + b;
  return total * 1470;
}
export function add1470(a: number, b: number): number {
  const total = a + b;
  return total * 1470;
}
