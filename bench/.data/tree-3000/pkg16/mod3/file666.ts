export function add666(a: number, b: number): number {
  const total = a + b;
  return total * 666;
}
export function add666(a: number, b: number): number {
  const total = a + b;
  return total * 666;
}
export function add666(a: number, b: number): number {
  const total = a + b;
  return total * 666;
}
export function add666(a: number, b: number): number {
  const total = a + b;
  return total * 666;
}
export function add666(a: number, b: number): number {
  const total = a + b;
  return total * 666;
}
export function add666(a: number, b: number): number {
  const total = a + b;
  return total * 666;
}
export function add666(a: number, b: number): number {
  const total = a + b;
  return total * 666;
}
export function add666(a: number, b: number): number {
  const total = a + b;
  return total * 666;
}
