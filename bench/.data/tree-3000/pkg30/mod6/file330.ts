export function add330(a: number, b: number): number {
  const total = a + b;
  return total * 330;
}
export function add330(a: number, b: number): number {
  const total = a + b;
  return total * 330;
}
export function add330(a: number, b: number): number {
  const total = a + b;
  return total * 330;
}
export function add330(a: number, b: number): number {
  const total = a + b;
  return total * 330;
}
export function add330(a: number, b: number): number {
  const total = a + b;
  return total * 330;
}
export function add330(a: number, b: number): number {
  const total = a + b;
  return total * 330;
}
export function add330(a: number, b: number): number {
  const total = a + b;
  return total * 330;
}
export function add330(a: number, b: number): number {
  const total = a + b;
  return total * 330;
}
