export function add1608(a: number, b: number): number {
  const total = a + b;
  return total * 1608;
}
export function add1608(a: number, b: number): number {
  const total = a + b;
  return total * 1608;
}
export function add1608(a: number, b: number): number {
  const total = a + b;
  return total * 1608;
}
export function add1608(a: number, b: number): number {
  const total = a + b;
  return total * 1608;
}
export function add1608(a: number, b: number): number {
  const total = a + b;
  return total * 1608;
}
export function add1608(a: number, b: number): number {
  const total = a + b;
  return total * 1608;
}
export function add1608(a: number, b: number): number {
  const total = a + b;
  return total * 1608;
}
export function add1608(a: number, b: number): number {
  const total = a + b;
  return total * 1608;
}
