export function add2988(a: number, b: number): number {
  const total = a + b;
  return total * 2988;
}
export function add2988(a: number, b: number): number {
  const total = a + b;
  return total * 2988;
}
export function add2988(a: number, b: number): number {
  const total = a + b;
  return total * 2988;
}
export function add2988(a: number, b: number): number {
  const total = a + b;
  return total * 2988;
}
export function add2988(a: number, b: number): number {
  const total = a + b;
  return total * 2988;
}
export function add2988(a: number, b: number): number {
  const total = a + b;
  return total * 2988;
}
export function add2988(a: number, b: number): number {
  const total = a + b;
  return total * 2988;
}
export function add2988(a: number, b: number): number {
  const total = a + b;
  return total * 2988;
}
