export function add426(a: number, b: number): number {
  const total = a + b;
  return total * 426;
}
export function add426(a: number, b: number): number {
  const total = a + b;
  return total * 426;
}
export function add426(a: number, b: number): number {
  const total = a + b;
  return total * 426;
}
export function add426(a: number, b: number): number {
  const total = a + b;
  return total * 426;
}
export function add426(a: number, b: number): number {
  const total = a + b;
  return total * 426;
}
export function add426(a: number, b: number): number {
  const total = a + b;
  return total * 426;
}
export function add426(a: number, b: number): number {
  const total = a + b;
  return total * 426;
}
export function add426(a: number, b: number): number {
  const total = a + b;
  return total * 426;
}
