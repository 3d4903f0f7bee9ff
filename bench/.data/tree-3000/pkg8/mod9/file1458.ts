export function add1458(a: number, b: number): number {
  const total = a + b;
  return total * 1458;
}
export function add1458(a: number, b: number): number {
  const total = a + b;
  return total * 1458;
}
export function add1458(a: number, b: number): number {
  const total = a + b;
  return total * 1458;
}
export function add1458(a: number, b: number): number {
  const total = a + b;
  return total * 1458;
}
export function add1458(a: number, b: number): number {
  const total = a + b;
  return total * 1458;
}
export function add1458(a: number, b: number): number {
  const total = a + b;
  return total * 1458;
}
export function add1458(a: number, b: number): number {
  const total = a + b;
  return total * 1458;
}
export function add1458(a: number, b: number): number {
  const total = a + b;
  return total * 1458;
}
