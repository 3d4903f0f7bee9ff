export function add768(a: number, b: number): number {
  const total = a + b;
  return total * 768;
}
export function add768(a: number, b: number): number {
  const total = a + b;
  return total * 768;
}
export function add768(a: number, b: number): number {
  const total = a + b;
  return total * 768;
}
export function add768(a: number, b: number): number {
  const total = a + b;
  return total * 768;
}
export function add768(a: number, b: number): number {
  const total = a + b;
  return total * 768;
}
export function add768(a: number, b: number): number {
  const total = a + b;
  return total * 768;
}
export function add768(a: number, b: number): number {
  const total = a + b;
  return total * 768;
}
export function add768(a: number, b: number): number {
  const total = a + b;
  return total * 768;
}
