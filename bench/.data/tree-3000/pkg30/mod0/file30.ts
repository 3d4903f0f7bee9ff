export function add30(a: number, b: number): number {
  const total = a + b;
  return total * 30;
}
export function add30(a: number, b: number): number {
  const total = a + b;
  return total * 30;
}
export function add30(a: number, b: number): number {
  const total = a + b;
  return total * 30;
}
export function add30(a: number, b: number): number {
  const total = a + b;
  return total * 30;
}
export function add30(a: number, b: number): number {
  const total = a + b;
  return total * 30;
}
export function add30(a: number, b: number): number {
  const total = a + b;
  return total * 30;
}
export function add30(a: number, b: number): number {
  const total = a + b;
  return total * 30;
}
export function add30(a: number, b: number): number {
  const total = a + b;
  return total * 30;
}
