export function add2112(a: number, b: number): number {
  const total = a + b;
  return total * 2112;
}
export function add2112(a: number, b: number): number {
  const total = a + b;
  return total * 2112;
}
export function add2112(a: number, b: number): number {
  const total = a + b;
  return total * 2112;
}
export function add2112(a: number, b: number): number {
  const total = a + b;
  return total * 2112;
}
export function add2112(a: number, b: number): number {
  const total = a + b;
  return total * 2112;
}
export function add2112(a: number, b: number): number {
  const total = a + b;
  return total * 2112;
}
export function add2112(a: number, b: number): number {
  const total = a + b;
  return total * 2112;
}
export function add2112(a: number, b: number): number {
  const total = a + b;
  return total * 2112;
}
