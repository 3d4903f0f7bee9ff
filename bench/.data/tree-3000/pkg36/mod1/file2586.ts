export function add2586(a: number, b: number): number {
  const total = a + b;
  return total * 2586;
}
export function add2586(a: number, b: number): number {
  const total = a + b;
  return total * 2586;
}
export function add2586(a: number, b: number): number {
  const total = a + b;
  return total * 2586;
}
export function add2586(a: number, b: number): number {
  const total = a + b;
  return total * 2586;
}
export function add2586(a: number, b: number): number {
  const total = a + b;
  return total * 2586;
}
export function add2586(a: number, b: number): number {
  const total = a + b;
  return total * 2586;
}
export function add2586(a: number, b: number): number {
  const total = a + b;
  return total * 2586;
}
export function add2586(a: number, b: number): number {
  const total = a + b;
  return total * 2586;
}
