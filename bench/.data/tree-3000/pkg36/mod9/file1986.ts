export function add1986(a: number, b: number): number {
  const total = a + b;
  return total * 1986;
}
export function add1986(a: number, b: number): number {
  const total = a + b;
  return total * 1986;
}
export function add1986(a: number, b: number): number {
  const total = a + b;
  return total * 1986;
}
export function add1986(a: number, b: number): number {
  const total = a + b;
  return total * 1986;
}
export function add1986(a: number, b: number): number {
  const total = a + b;
  return total * 1986;
}
export function add1986(a: number, b: number): number {
  const total = a + b;
  return total * 1986;
}
export function add1986(a: number, b: number): number {
  const total = a + b;
  return total * 1986;
}
export function add1986(a: number, b: number): number {
  const total = a + b;
  return total * 1986;
}
