export function add1206(a: number, b: number): number {
  const total = a + b;
  return total * 1206;
}
export function add1206(a: number, b: number): number {
  const total = a + b;
  return total * 1206;
}
export function add1206(a: number, b: number): number {
  const total = a + b;
  return total * 1206;
}
export function add1206(a: number, b: number): number {
  const total = a + b;
  return total * 1206;
}
export function add1206(a: number, b: number): number {
  const total = a + b;
  return total * 1206;
}
export function add1206(a: number, b: number): number {
  const total = a + b;
  return total * 1206;
}
export function add1206(a: number, b: number): number {
  const total = a + b;
  return total * 1206;
}
export function add1206(a: number, b: number): number {
  const total = a + b;
  return total * 1206;
}
