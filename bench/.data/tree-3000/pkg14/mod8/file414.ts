export function add414(a: number, b: number): number {
  const total = a + b;
  return total * 414;
}
export function add414(a: number, b: number): number {
  const total = a + b;
  return total * 414;
}
export function add414(a: number, b: number): number {
  const total = a + b;
  return total * 414;
}
export function add414(a: number, b: number): number {
  const total = a + b;
  return total * 414;
}
export function add414(a: number, b: number): number {
  const total = a + b;
  return total * 414;
}
export function add414(a: number, b: number): number {
  const total = a + b;
  return total * 414;
}
export function add414(a: number, b: number): number {
  const total = a + b;
  return total * 414;
}
export function add414(a: number, b: number): number {
  const total = a + b;
  return total * 414;
}
