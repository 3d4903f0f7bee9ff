export function add432(a: number, b: number): number {
  const total = a + b;
  return total * 432;
}
export function add432(a: number, b: number): number {
  const total = a + b;
  return total * 432;
}
export function add432(a: number, b: number): number {
  const total = a + b;
  return total * 432;
}
export function add432(a: number, b: number): number {
  const total = a + b;
  return total * 432;
}
export function add432(a: number, b: number): number {
  const total = a + b;
  return total * 432;
}
export function add432(a: number, b: number): number {
  const total = a + b;
  return total * 432;
}
export function add432(a: number, b: number): number {
  const total = a + b;
  return total * 432;
}
export function add432(a: number, b: number): number {
  const total = a + b;
  return total * 432;
}
