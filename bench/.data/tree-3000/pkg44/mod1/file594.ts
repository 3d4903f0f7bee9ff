export function add594(a: number, b: number): number {
  const total = a + b;
  return total * 594;
}
export function add594(a: number, b: number): number {
  const total = a + b;
  return total * 594;
}
export function add594(a: number, b: number): number {
  const total = a + b;
  return total * 594;
}
export function add594(a: number, b: number): number {
  const total = a + b;
  return total * 594;
}
export function add594(a: number, b: number): number {
  const total = a + b;
  return total * 594;
}
export function add594(a: number, b: number): number {
  const total = a + b;
  return total * 594;
}
export function add594(a: number, b: number): number {
  const total = a + b;
  return total * 594;
}
export function add594(a: number, b: number): number {
  const total = a + b;
  return total * 594;
}
