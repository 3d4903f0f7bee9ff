export function add1110(a: number, b: number): number {
  const total = a + b;
  return total * 1110;
}
export function add1110(a: number, b: number): number {
  const total = a + b;
  return total * 1110;
}
export function add1110(a: number, b: number): number {
  const total = a + b;
  return total * 1110;
}
export function add1110(a: number, b: number): number {
  const total = a + b;
  return total * 1110;
}
export function add1110(a: number, b: number): number {
  const total = a + b;
  return total * 1110;
}
export function add1110(a: number, b: number): number {
  const total = a + b;
  return total * 1110;
}
export function add1110(a: number, b: number): number {
  const total = a + b;
  return total * 1110;
}
export function add1110(a: number, b: number): number {
  const total = a + b;
  return total * 1110;
}
