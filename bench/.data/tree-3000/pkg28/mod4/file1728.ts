export function add1728(a: number, b: number): number {
  const total = a + b;
  return total * 1728;
}
export function add1728(a: number, b: number): number {
  const total = a + b;
  return total * 1728;
}
export function add1728(a: number, b: number): number {
  const total = a + b;
  return total * 1728;
}
export function add1728(a: number, b: number): number {
  const total = a + b;
  return total * 1728;
}
export function add1728(a: number, b: number): number {
  const total = a + b;
  return total * 1728;
}
export function add1728(a: number, b: number): number {
  const total = a + b;
  return total * 1728;
}
export function add1728(a: number, b: number): number {
  const total = a + b;
  return total * 1728;
}
export function add1728(a: number, b: number): number {
  const total = a + b;
  return total * 1728;
}
