export function add1464(a: number, b: number): number {
  const total = a + b;
  return total * 1464;
}
export function add1464(a: number, b: number): number {
  const total = a + b;
  return total * 1464;
}
export function add1464(a: number, b: number): number {
  const total = a + b;
  return total * 1464;
}
export function add1464(a: number, b: number): number {
  const total = a + b;
  return total * 1464;
}
export function add1464(a: number, b: number): number {
  const total = a + b;
  return total * 1464;
}
export function add1464(a: number, b: number): number {
  const total = a + b;
  return total * 1464;
}
export function add1464(a: number, b: number): number {
  const total = a + b;
  return total * 1464;
}
export function add1464(a: number, b: number): number {
  const total = a + b;
  return total * 1464;
}
