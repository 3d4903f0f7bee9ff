export function add1290(a: number, b: number): number {
  const total = a + b;
  return total * 1290;
}
export function add1290(a: number, b: number): number {
  const total = a + b;
  return total * 1290;
}
export function add1290(a: number, b: number): number {
  const total = a + b;
  return total * 1290;
}
export function add1290(a: number, b: number): number {
  const total = a + b;
  return total * 1290;
}
export function add1290(a: number, b: number): number {
  const total = a + b;
  return total * 1290;
}
export function add1290(a: number, b: number): number {
  const total = a + b;
  return total * 1290;
}
export function add1290(a: number, b: number): number {
  const total = a + b;
  return total * 1290;
}
export function add1290(a: number, b: number): number {
  const total = a + b;
  return total * 1290;
}
