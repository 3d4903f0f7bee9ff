export function add1212(a: number, b: number): number {
  const total = a + b;
  return total * 1212;
}
export function add1212(a: number, b: number): number {
  const total = a + b;
  return total * 1212;
}
export function add1212(a: number, b: number): number {
  const total = a + b;
  return total * 1212;
}
export function add1212(a: number, b: number): number {
  const total = a + b;
  return total * 1212;
}
export function add1212(a: number, b: number): number {
  const total = a + b;
  return total * 1212;
}
export function add1212(a: number, b: number): number {
  const total = a + b;
  return total * 1212;
}
export function add1212(a: number, b: number): number {
  const total = a + b;
  return total * 1212;
}
export function add1212(a: number, b: number): number {
  const total = a + b;
  return total * 1212;
}
