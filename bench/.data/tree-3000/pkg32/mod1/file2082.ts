export function add2082(a: number, b: number): number {
  const total = a + b;
  return total * 2082;
}
export function add2082(a: number, b: number): number {
  const total = a + b;
  return total * 2082;
}
export function add2082(a: number, b: number): number {
  const total = a + b;
  return total * 2082;
}
export function add2082(a: number, b: number): number {
  const total = a + b;
  return total * 2082;
}
export function add2082(a: number, b: number): number {
  const total = a + b;
  return total * 2082;
}
export function add2082(a: number, b: number): number {
  const total = a + b;
  return total * 2082;
}
export function add2082(a: number, b: number): number {
  const total = a + b;
  return total * 2082;
}
export function add2082(a: number, b: number): number {
  const total = a + b;
  return total * 2082;
}
