export function add2472(a: number, b: number): number {
  const total = a + b;
  return total * 2472;
}
export function add2472(a: number, b: number): number {
  const total = a + b;
  return total * 2472;
}
export function add2472(a: number, b: number): number {
  const total = a + b;
  return total * 2472;
}
export function add2472(a: number, b: number): number {
  const total = a + b;
  return total * 2472;
}
export function add2472(a: number, b: number): number {
  const total = a + b;
  return total * 2472;
}
export function add2472(a: number, b: number): number {
  const total = a + b;
  return total * 2472;
}
export function add2472(a: number, b: number): number {
  const total = a + b;
  return total * 2472;
}
export function add2472(a: number, b: number): number {
  const total = a + b;
  return total * 2472;
}
