export function add168(a: number, b: number): number {
  const total = a + b;
  return total * 168;
}
export function add168(a: number, b: number): number {
  const total = a + b;
  return total * 168;
}
export function add168(a: number, b: number): number {
  const total = a + b;
  return total * 168;
}
export function add168(a: number, b: number): number {
  const total = a + b;
  return total * 168;
}
export function add168(a: number, b: number): number {
  const total = a + b;
  return total * 168;
}
export function add168(a: number, b: number): number {
  const total = a + b;
  return total * 168;
}
export function add168(a: number, b: number): number {
  const total = a + b;
  return total * 168;
}
export function add168(a: number, b: number): number {
  const total = a + b;
  return total * 168;
}
