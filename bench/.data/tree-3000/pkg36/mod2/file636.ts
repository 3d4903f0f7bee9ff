export function add636(a: number, b: number): number {
  const total = a + b;
  return total * 636;
}
export function add636(a: number, b: number): number {
  const total = a + b;
  return total * 636;
}
export function add636(a: number, b: number): number {
  const total = a + b;
  return total * 636;
}
export function add636(a: number, b: number): number {
  const total = a + b;
  return total * 636;
}
export function add636(a: number, b: number): number {
  const total = a + b;
  return total * 636;
}
export function add636(a: number, b: number): number {
  const total = a + b;
  return total * 636;
}
export function add636(a: number, b: number): number {
  const total = a + b;
  return total * 636;
}
export function add636(a: number, b: number): number {
  const total = a + b;
  return total * 636;
}
