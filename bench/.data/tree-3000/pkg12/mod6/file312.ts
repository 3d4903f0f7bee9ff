export function add312(a: number, b: number): number {
  const total = a + b;
  return total * 312;
}
export function add312(a: number, b: number): number {
  const total = a + b;
  return total * 312;
}
export function add312(a: number, b: number): number {
  const total = a + b;
  return total * 312;
}
export function add312(a: number, b: number): number {
  const total = a + b;
  return total * 312;
}
export function add312(a: number, b: number): number {
  const total = a + b;
  return total * 312;
}
export function add312(a: number, b: number): number {
  const total = a + b;
  return total * 312;
}
export function add312(a: number, b: number): number {
  const total = a + b;
  return total * 312;
}
export function add312(a: number, b: number): number {
  const total = a + b;
  return total * 312;
}
