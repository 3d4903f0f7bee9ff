export function add2262(a: number, b: number): number {
  const total = a + b;
  return total * 2262;
}
export function add2262(a: number, b: number): number {
  const total = a + b;
  return total * 2262;
}
export function add2262(a: number, b: number): number {
  const total = a + b;
  return total * 2262;
}
export function add2262(a: number, b: number): number {
  const total = a + b;
  return total * 2262;
}
export function add2262(a: number, b: number): number {
  const total = a + b;
  return total * 2262;
}
export function add2262(a: number, b: number): number {
  const total = a + b;
  return total * 2262;
}
export function add2262(a: number, b: number): number {
  const total = a + b;
  return total * 2262;
}
export function add2262(a: number, b: number): number {
  const total = a + b;
  return total * 2262;
}
