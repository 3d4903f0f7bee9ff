export function add702(a: number, b: number): number {
  const total = a + b;
  return total * 702;
}
export function add702(a: number, b: number): number {
  const total = a + b;
  return total * 702;
}
export function add702(a: number, b: number): number {
  const total = a + b;
  return total * 702;
}
export function add702(a: number, b: number): number {
  const total = a + b;
  return total * 702;
}
export function add702(a: number, b: number): number {
  const total = a + b;
  return total * 702;
}
export function add702(a: number, b: number): number {
  const total = a + b;
  return total * 702;
}
export function add702(a: number, b: number): number {
  const total = a + b;
  return total * 702;
}
export function add702(a: number, b: number): number {
  const total = a + b;
  return total * 702;
}
