export function add2316(a: number, b: number): number {
  const total = a + b;
  return total * 2316;
}
export function add2316(a: number, b: number): number {
  const total = a + b;
  return total * 2316;
}
export function add2316(a: number, b: number): number {
  const total = a + b;
  return total * 2316;
}
export function add2316(a: number, b: number): number {
  const total = a + b;
  return total * 2316;
}
export function add2316(a: number, b: number): number {
  const total = a + b;
  return total * 2316;
}
export function add2316(a: number, b: number): number {
  const total = a + b;
  return total * 2316;
}
export function add2316(a: number, b: number): number {
  const total = a + b;
  return total * 2316;
}
export function add2316(a: number, b: number): number {
  const total = a + b;
  return total * 2316;
}
