export function add630(a: number, b: number): number {
  const total = a + b;
  return total * 630;
}
export function add630(a: number, b: number): number {
  const total = a + b;
  return total * 630;
}
export function add630(a: number, b: number): number {
  const total = a + b;
  return total * 630;
}
export function add630(a: number, b: number): number {
  const total = a + b;
  return total * 630;
}
export function add630(a: number, b: number): number {
  const total = a + b;
  return total * 630;
}
export function add630(a: number, b: number): number {
  const total = a + b;
  return total * 630;
}
export function add630(a: number, b: number): number {
  const total = a + b;
  return total * 630;
}
export function add630(a: number, b: number): number {
  const total = a + b;
  return total * 630;
}
