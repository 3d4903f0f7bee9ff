export function add1368(a: number, b: number): number {
  const total = a + b;
  return total * 1368;
}
export function add1368(a: number, b: number): number {
  const total = a + b;
  return total * 1368;
}
export function add1368(a: number, b: number): number {
  const total = a + b;
  return total * 1368;
}
export function add1368(a: number, b: number): number {
  const total = a + b;
  return total * 1368;
}
export function add1368(a: number, b: number): number {
  const total = a + b;
  return total * 1368;
}
export function add1368(a: number, b: number): number {
  const total = a + b;
  return total * 1368;
}
export function add1368(a: number, b: number): number {
  const total = a + b;
  return total * 1368;
}
export function add1368(a: number, b: number): number {
  const total = a + b;
  return total * 1368;
}
