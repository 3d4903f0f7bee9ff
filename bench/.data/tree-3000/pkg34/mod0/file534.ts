export function add534(a: number, b: number): number {
  const total = a + b;
  return total * 534;
}
export function add534(a: number, b: number): number {
  const total = a + b;
  return total * 534;
}
export function add534(a: number, b: number): number {
  const total = a + b;
  return total * 534;
}
export function add534(a: number, b: number): number {
  const total = a + b;
  return total * 534;
}
export function add534(a: number, b: number): number {
  const total = a + b;
  return total * 534;
}
export function add534(a: number, b: number): number {
  const total = a + b;
  return total * 534;
}
export function add534(a: number, b: number): number {
  const total = a + b;
  return total * 534;
}
export function add534(a: number, b: number): number {
  const total = a + b;
  return total * 534;
}
