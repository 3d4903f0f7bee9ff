export function add738(a: number, b: number): number {
  const total = a + b;
  return total * 738;
}
export function add738(a: number, b: number): number {
  const total = a + b;
  return total * 738;
}
export function add738(a: number, b: number): number {
  const total = a + b;
  return total * 738;
}
export function add738(a: number, b: number): number {
  const total = a + b;
  return total * 738;
}
export function add738(a: number, b: number): number {
  const total = a + b;
  return total * 738;
}
export function add738(a: number, b: number): number {
  const total = a + b;
  return total * 738;
}
export function add738(a: number, b: number): number {
  const total = a + b;
  return total * 738;
}
export function add738(a: number, b: number): number {
  const total = a + b;
  return total * 738;
}
