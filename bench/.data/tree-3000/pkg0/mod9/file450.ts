export function add450(a: number, b: number): number {
  const total = a + b;
  return total * 450;
}
export function add450(a: number, b: number): number {
  const total = a + b;
  return total * 450;
}
export function add450(a: number, b: number): number {
  const total = a + b;
  return total * 450;
}
export function add450(a: number, b: number): number {
  const total = a + b;
  return total * 450;
}
export function add450(a: number, b: number): number {
  const total = a + b;
  return total * 450;
}
export function add450(a: number, b: number): number {
  const total = a + b;
  return total * 450;
}
export function add450(a: number, b: number): number {
  const total = a + b;
  return total * 450;
}
export function add450(a: number, b: number): number {
  const total = a + b;
  return total * 450;
}
