export function add2058(a: number, b: number): number {
  const total = a + b;
  return total * 2058;
}
export function add2058(a: number, b: number): number {
  const total = a + b;
  return total * 2058;
}
export function add2058(a: number, b: number): number {
  const total = a + b;
  return total * 2058;
}
export function add2058(a: number, b: number): number {
  const total = a + b;
  return total * 2058;
}
export function add2058(a: number, b: number): number {
  const total = a + b;
  return total * 2058;
}
export function add2058(a: number, b: number): number {
  const total = a + b;
  return total * 2058;
}
export function add2058(a: number, b: number): number {
  const total = a + b;
  return total * 2058;
}
export function add2058(a: number, b: number): number {
  const total = a + b;
  return total * 2058;
}
