export function add492(a: number, b: number): number {
  const total = a + b;
  return total * 492;
}
export function add492(a: number, b: number): number {
  const total = a + b;
  return total * 492;
}
export function add492(a: number, b: number): number {
  const total = a + b;
  return total * 492;
}
export function add492(a: number, b: number): number {
  const total = a + b;
  return total * 492;
}
export function add492(a: number, b: number): number {
  const total = a + b;
  return total * 492;
}
export function add492(a: number, b: number): number {
  const total = a + b;
  return total * 492;
}
export function add492(a: number, b: number): number {
  const total = a + b;
  return total * 492;
}
export function add492(a: number, b: number): number {
  const total = a + b;
  return total * 492;
}
