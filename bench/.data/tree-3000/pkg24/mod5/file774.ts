export function add774(a: number, b: number): number {
  const total = a + b;
  return total * 774;
}
export function add774(a: number, b: number): number {
  const total = a + b;
  return total * 774;
}
export function add774(a: number, b: number): number {
  const total = a + b;
  return total * 774;
}
export function add774(a: number, b: number): number {
  const total = a + b;
  return total * 774;
}
export function add774(a: number, b: number): number {
  const total = a + b;
  return total * 774;
}
export function add774(a: number, b: number): number {
  const total = a + b;
  return total * 774;
}
export function add774(a: number, b: number): number {
  const total = a + b;
  return total * 774;
}
export function add774(a: number, b: number): number {
  const total = a + b;
  return total * 774;
}
