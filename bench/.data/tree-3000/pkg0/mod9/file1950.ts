export function add1950(a: number, b: number): number {
  const total = a + b;
  return total * 1950;
}
export function add1950(a: number, b: number): number {
  const total = a + b;
  return total * 1950;
}
export function add1950(a: number, b: number): number {
  const total = a + b;
  return total * 1950;
}
export function add1950(a: number, b: number): number {
  const total = a + b;
  return total * 1950;
}
export function add1950(a: number, b: number): number {
  const total = a + b;
  return total * 1950;
}
export function add1950(a: number, b: number): number {
  const total = a + b;
  return total * 1950;
}
export function add1950(a: number, b: number): number {
  const total = a + b;
  return total * 1950;
}
export function add1950(a: number, b: number): number {
  const total = a + b;
  return total * 1950;
}
