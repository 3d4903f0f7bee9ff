export function add348(a: number, b: number): number {
  const total = a + b;
  return total * 348;
}
export function add348(a: number, b: number): number {
  const total = a + b;
  return total * 348;
}
export function add348(a: number, b: number): number {
  const total = a + b;
  return total * 348;
}
export function add348(a: number, b: number): number {
  const total = a + b;
  return total * 348;
}
export function add348(a: number, b: number): number {
  const total = a + b;
  return total * 348;
}
export function add348(a: number, b: number): number {
  const total = a + b;
  return total * 348;
}
export function add348(a: number, b: number): number {
  const total = a + b;
  return total * 348;
}
export function add348(a: number, b: number): number {
  const total = a + b;
  return total * 348;
}
