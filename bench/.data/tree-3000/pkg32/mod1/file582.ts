export function add582(a: number, b: number): number {
  const total = a + b;
  return total * 582;
}
export function add582(a: number, b: number): number {
  const total = a + b;
  return total * 582;
}
export function add582(a: number, b: number): number {
  const total = a + b;
  return total * 582;
}
export function add582(a: number, b: number): number {
  const total = a + b;
  return total * 582;
}
export function add582(a: number, b: number): number {
  const total = a + b;
  return total * 582;
}
export function add582(a: number, b: number): number {
  const total = a + b;
  return total * 582;
}
export function add582(a: number, b: number): number {
  const total = a + b;
  return total * 582;
}
export function add582(a: number, b: number): number {
  const total = a + b;
  return total * 582;
}
