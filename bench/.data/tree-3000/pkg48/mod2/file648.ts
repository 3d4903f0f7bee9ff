export function add648(a: number, b: number): number {
  const total = a + b;
  return total * 648;
}
export function add648(a: number, b: number): number {
  const total = a + b;
  return total * 648;
}
export function add648(a: number, b: number): number {
  const total = a + b;
  return total * 648;
}
export function add648(a: number, b: number): number {
  const total = a + b;
  return total * 648;
}
export function add648(a: number, b: number): number {
  const total = a + b;
  return total * 648;
}
export function add648(a: number, b: number): number {
  const total = a + b;
  return total * 648;
}
export function add648(a: number, b: number): number {
  const total = a + b;
  return total * 648;
}
export function add648(a: number, b: number): number {
  const total = a + b;
  return total * 648;
}
