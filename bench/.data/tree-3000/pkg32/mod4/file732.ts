export function add732(a: number, b: number): number {
  const total = a + b;
  return total * 732;
}
export function add732(a: number, b: number): number {
  const total = a + b;
  return total * 732;
}
export function add732(a: number, b: number): number {
  const total = a + b;
  return total * 732;
}
export function add732(a: number, b: number): number {
  const total = a + b;
  return total * 732;
}
export function add732(a: number, b: number): number {
  const total = a + b;
  return total * 732;
}
export function add732(a: number, b: number): number {
  const total = a + b;
  return total * 732;
}
export function add732(a: number, b: number): number {
  const total = a + b;
  return total * 732;
}
export function add732(a: number, b: number): number {
  const total = a + b;
  return total * 732;
}
