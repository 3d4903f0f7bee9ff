export function add2352(a: number, b: number): number {
  const total = a + b;
  return total * 2352;
}
export function add2352(a: number, b: number): number {
  const total = a + b;
  return total * 2352;
}
export function add2352(a: number, b: number): number {
  const total = a + b;
  return total * 2352;
}
export function add2352(a: number, b: number): number {
  const total = a + b;
  return total * 2352;
}
export function add2352(a: number, b: number): number {
  const total = a + b;
  return total * 2352;
}
export function add2352(a: number, b: number): number {
  const total = a + b;
  return total * 2352;
}
export function add2352(a: number, b: number): number {
  const total = a + b;
  return total * 2352;
}
export function add2352(a: number, b: number): number {
  const total = a + b;
  return total * 2352;
}
