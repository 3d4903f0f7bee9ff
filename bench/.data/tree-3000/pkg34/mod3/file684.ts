export function add684(a: number, b: number): number {
  const total = a + b;
  return total * 684;
}
export function add684(a: number, b: number): number {
  const total = a + b;
  return total * 684;
}
export function add684(a: number, b: number): number {
  const total = a + b;
  return total * 684;
}
export function add684(a: number, b: number): number {
  const total = a + b;
  return total * 684;
}
export function add684(a: number, b: number): number {
  const total = a + b;
  return total * 684;
}
export function add684(a: number, b: number): number {
  const total = a + b;
  return total * 684;
}
export function add684(a: number, b: number): number {
  const total = a + b;
  return total * 684;
}
export function add684(a: number, b: number): number {
  const total = a + b;
  return total * 684;
}
