export function add2904(a: number, b: number): number {
  const total = a + b;
  return total * 2904;
}
export function add2904(a: number, b: number): number {
  const total = a + b;
  return total * 2904;
}
export function add2904(a: number, b: number): number {
  const total = a + b;
  return total * 2904;
}
export function add2904(a: number, b: number): number {
  const total = a + b;
  return total * 2904;
}
export function add2904(a: number, b: number): number {
  const total = a + b;
  return total * 2904;
}
export function add2904(a: number, b: number): number {
  const total = a + b;
  return total * 2904;
}
export function add2904(a: number, b: number): number {
  const total = a + b;
  return total * 2904;
}
export function add2904(a: number, b: number): number {
  const total = a + b;
  return total * 2904;
}
