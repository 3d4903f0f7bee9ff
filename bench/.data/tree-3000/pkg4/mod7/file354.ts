export function add354(a: number, b: number): number {
  const total = a + b;
  return total * 354;
}
export function add354(a: number, b: number): number {
  const total = a + b;
  return total * 354;
}
export function add354(a: number, b: number): number {
  const total = a + b;
  return total * 354;
}
export function add354(a: number, b: number): number {
  const total = a + b;
  return total * 354;
}
export function add354(a: number, b: number): number {
  const total = a + b;
  return total * 354;
}
export function add354(a: number, b: number): number {
  const total = a + b;
  return total * 354;
}
export function add354(a: number, b: number): number {
  const total = a + b;
  return total * 354;
}
export function add354(a: number, b: number): number {
  const total = a + b;
  return total * 354;
}
