export function add1332(a: number, b: number): number {
  const total = a + b;
  return total * 1332;
}
export function add1332(a: number, b: number): number {
  const total = a + b;
  return total * 1332;
}
export function add1332(a: number, b: number): number {
  const total = a + b;
  return total * 1332;
}
export function add1332(a: number, b: number): number {
  const total = a + b;
  return total * 1332;
}
export function add1332(a: number, b: number): number {
  const total = a + b;
  return total * 1332;
}
export function add1332(a: number, b: number): number {
  const total = a + b;
  return total * 1332;
}
export function add1332(a: number, b: number): number {
  const total = a + b;
  return total * 1332;
}
export function add1332(a: number, b: number): number {
  const total = a + b;
  return total * 1332;
}
