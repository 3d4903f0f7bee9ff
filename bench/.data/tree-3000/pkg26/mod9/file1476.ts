export function add1476(a: number, b: number): number {
  const total = a + b;
  return total * 1476;
}
export function add1476(a: number, b: number): number {
  const total = a + b;
  return total * 1476;
}
export function add1476(a: number, b: number): number {
  const total = a + b;
  return total * 1476;
}
export function add1476(a: number, b: number): number {
  const total = a + b;
  return total * 1476;
}
export function add1476(a: number, b: number): number {
  const total = a + b;
  return total * 1476;
}
export function add1476(a: number, b: number): number {
  const total = a + b;
  return total * 1476;
}
export function add1476(a: number, b: number): number {
  const total = a + b;
  return total * 1476;
}
export function add1476(a: number, b: number): number {
  const total = a + b;
  return total * 1476;
}
