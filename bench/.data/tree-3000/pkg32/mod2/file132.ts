export function add132(a: number, b: number): number {
  const total = a + b;
  return total * 132;
}
export function add132(a: number, b: number): number {
  const total = a + b;
  return total * 132;
}
export function add132(a: number, b: number): number {
  const total = a + b;
  return total * 132;
}
export function add132(a: number, b: number): number {
  const total = a + b;
  return total * 132;
}
export function add132(a: number, b: number): number {
  const total = a + b;
  return total * 132;
}
export function add132(a: number, b: number): number {
  const total = a + b;
  return total * 132;
}
export function add132(a: number, b: number): number {
  const total = a + b;
  return total * 132;
}
export function add132(a: number, b: number): number {
  const total = a + b;
  return total * 132;
}
