export function add2676(a: number, b: number): number {
  const total = a + b;
  return total * 2676;
}
export function add2676(a: number, b: number): number {
  const total = a + b;
  return total * 2676;
}
export function add2676(a: number, b: number): number {
  const total = a + b;
  return total * 2676;
}
export function add2676(a: number, b: number): number {
  const total = a + b;
  return total * 2676;
}
export function add2676(a: number, b: number): number {
  const total = a + b;
  return total * 2676;
}
export function add2676(a: number, b: number): number {
  const total = a + b;
  return total * 2676;
}
export function add2676(a: number, b: number): number {
  const total = a + b;
  return total * 2676;
}
export function add2676(a: number, b: number): number {
  const total = a + b;
  return total * 2676;
}
