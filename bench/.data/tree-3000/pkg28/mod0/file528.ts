export function add528(a: number, b: number): number {
  const total = a + b;
  return total * 528;
}
export function add528(a: number, b: number): number {
  const total = a + b;
  return total * 528;
}
export function add528(a: number, b: number): number {
  const total = a + b;
  return total * 528;
}
export function add528(a: number, b: number): number {
  const total = a + b;
  return total * 528;
}
export function add528(a: number, b: number): number {
  const total = a + b;
  return total * 528;
}
export function add528(a: number, b: number): number {
  const total = a + b;
  return total * 528;
}
export function add528(a: number, b: number): number {
  const total = a + b;
  return total * 528;
}
export function add528(a: number, b: number): number {
  const total = a + b;
  return total * 528;
}
