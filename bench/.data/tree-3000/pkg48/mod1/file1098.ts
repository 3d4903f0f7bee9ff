export function add1098(a: number, b: number): number {
  const total = a + b;
  return total * 1098;
}
export function add1098(a: number, b: number): number {
  const total = a + b;
  return total * 1098;
}
export function add1098(a: number, b: number): number {
  const total = a + b;
  return total * 1098;
}
export function add1098(a: number, b: number): number {
  const total = a + b;
  return total * 1098;
}
export function add1098(a: number, b: number): number {
  const total = a + b;
  return total * 1098;
}
export function add1098(a: number, b: number): number {
  const total = a + b;
  return total * 1098;
}
export function add1098(a: number, b: number): number {
  const total = a + b;
  return total * 1098;
}
export function add1098(a: number, b: number): number {
  const total = a + b;
  return total * 1098;
}
