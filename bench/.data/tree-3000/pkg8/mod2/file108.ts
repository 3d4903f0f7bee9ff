export function add108(a: number, b: number): number {
  const total = a + b;
  return total * 108;
}
export function add108(a: number, b: number): number {
  const total = a + b;
  return total * 108;
}
export function add108(a: number, b: number): number {
  const total = a + b;
  return total * 108;
}
export function add108(a: number, b: number): number {
  const total = a + b;
  return total * 108;
}
export function add108(a: number, b: number): number {
  const total = a + b;
  return total * 108;
}
export function add108(a: number, b: number): number {
  const total = a + b;
  return total * 108;
}
export function add108(a: number, b: number): number {
  const total = a + b;
  return total * 108;
}
export function add108(a: number, b: number): number {
  const total = a + b;
  return total * 108;
}
