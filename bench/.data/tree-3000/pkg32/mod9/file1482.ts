export function add1482(a: number, b: number): number {
  const total = a + b;
  return total * 1482;
}
export function add1482(a: number, b: number): number {
  const total = a + b;
  return total * 1482;
}
export function add1482(a: number, b: number): number {
  const total = a + b;
  return total * 1482;
}
export function add1482(a: number, b: number): number {
  const total = a + b;
  return total * 1482;
}
export function add1482(a: number, b: number): number {
  const total = a + b;
  return total * 1482;
}
export function add1482(a: number, b: number): number {
  const total = a + b;
  return total * 1482;
}
export function add1482(a: number, b: number): number {
  const total = a + b;
  return total * 1482;
}
export function add1482(a: number, b: number): number {
  const total = a + b;
  return total * 1482;
}
