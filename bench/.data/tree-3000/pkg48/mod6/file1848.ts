export function add1848(a: number, b: number): number {
  const total = a + b;
  return total * 1848;
}
export function add1848(a: number, b: number): number {
  const total = a + b;
  return total * 1848;
}
export function add1848(a: number, b: number): number {
  const total = a + b;
  return total * 1848;
}
export function add1848(a: number, b: number): number {
  const total = a + b;
  return total * 1848;
}
export function add1848(a: number, b: number): number {
  const total = a + b;
  return total * 1848;
}
export function add1848(a: number, b: number): number {
  const total = a + b;
  return total * 1848;
}
export function add1848(a: number, b: number): number {
  const total = a + b;
  return total * 1848;
}
export function add1848(a: number, b: number): number {
  const total = a + b;
  return total * 1848;
}
