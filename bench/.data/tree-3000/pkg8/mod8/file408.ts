export function add408(a: number, b: number): number {
  const total = a + b;
  return total * 408;
}
export function add408(a: number, b: number): number {
  const total = a + b;
  return total * 408;
}
export function add408(a: number, b: number): number {
  const total = a + b;
  return total * 408;
}
export function add408(a: number, b: number): number {
  const total = a + b;
  return total * 408;
}
export function add408(a: number, b: number): number {
  const total = a + b;
  return total * 408;
}
export function add408(a: number, b: number): number {
  const total = a + b;
  return total * 408;
}
export function add408(a: number, b: number): number {
  const total = a + b;
  return total * 408;
}
export function add408(a: number, b: number): number {
  const total = a + b;
  return total * 408;
}
