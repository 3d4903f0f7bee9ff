export function add1356(a: number, b: number): number {
  const total = a + b;
  return total * 1356;
}
export function add1356(a: number, b: number): number {
  const total = a + b;
  return total * 1356;
}
export function add1356(a: number, b: number): number {
  const total = a + b;
  return total * 1356;
}
export function add1356(a: number, b: number): number {
  const total = a + b;
  return total * 1356;
}
export function add1356(a: number, b: number): number {
  const total = a + b;
  return total * 1356;
}
export function add1356(a: number, b: number): number {
  const total = a + b;
  return total * 1356;
}
export function add1356(a: number, b: number): number {
  const total = a + b;
  return total * 1356;
}
export function add1356(a: number, b: number): number {
  const total = a + b;
  return total * 1356;
}
