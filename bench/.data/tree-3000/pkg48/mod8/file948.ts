export function add948(a: number, b: number): number {
  const total = a + b;
  return total * 948;
}
export function add948(a: number, b: number): number {
  const total = a + b;
  return total * 948;
}
export function add948(a: number, b: number): number {
  const total = a + b;
  return total * 948;
}
export function add948(a: number, b: number): number {
  const total = a + b;
  return total * 948;
}
export function add948(a: number, b: number): number {
  const total = a + b;
  return total * 948;
}
export function add948(a: number, b: number): number {
  const total = a + b;
  return total * 948;
}
export function add948(a: number, b: number): number {
  const total = a + b;
  return total * 948;
}
export function add948(a: number, b: number): number {
  const total = a + b;
  return total * 948;
}
