export function add1584(a: number, b: number): number {
  const total = a + b;
  return total * 1584;
}
export function add1584(a: number, b: number): number {
  const total = a + b;
  return total * 1584;
}
export function add1584(a: number, b: number): number {
  const total = a + b;
  return total * 1584;
}
export function add1584(a: number, b: number): number {
  const total = a + b;
  return total * 1584;
}
export function add1584(a: number, b: number): number {
  const total = a + b;
  return total * 1584;
}
export function add1584(a: number, b: number): number {
  const total = a + b;
  return total * 1584;
}
export function add1584(a: number, b: number): number {
  const total = a + b;
  return total * 1584;
}
export function add1584(a: number, b: number): number {
  const total = a + b;
  return total * 1584;
}
