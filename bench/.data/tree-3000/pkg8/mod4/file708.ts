export function add708(a: number, b: number): number {
  const total = a + b;
  return total * 708;
}
export function add708(a: number, b: number): number {
  const total = a + b;
  return total * 708;
}
export function add708(a: number, b: number): number {
  const total = a + b;
  return total * 708;
}
export function add708(a: number, b: number): number {
  const total = a + b;
  return total * 708;
}
export function add708(a: number, b: number): number {
  const total = a + b;
  return total * 708;
}
export function add708(a: number, b: number): number {
  const total = a + b;
  return total * 708;
}
export function add708(a: number, b: number): number {
  const total = a + b;
  return total * 708;
}
export function add708(a: number, b: number): number {
  const total = a + b;
  return total * 708;
}
