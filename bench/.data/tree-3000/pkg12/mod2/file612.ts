export function add612(a: number, b: number): number {
  const total = a + b;
  return total * 612;
}
export function add612(a: number, b: number): number {
  const total = a + b;
  return total * 612;
}
export function add612(a: number, b: number): number {
  const total = a + b;
  return total * 612;
}
export function add612(a: number, b: number): number {
  const total = a + b;
  return total * 612;
}
export function add612(a: number, b: number): number {
  const total = a + b;
  return total * 612;
}
export function add612(a: number, b: number): number {
  const total = a + b;
  return total * 612;
}
export function add612(a: number, b: number): number {
  const total = a + b;
  return total * 612;
}
export function add612(a: number, b: number): number {
  const total = a + b;
  return total * 612;
}
