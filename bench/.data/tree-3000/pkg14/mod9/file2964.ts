export function add2964(a: number, b: number): number {
  const total = a + b;
  return total * 2964;
}
export function add2964(a: number, b: number): number {
  const total = a + b;
  return total * 2964;
}
export function add2964(a: number, b: number): number {
  const total = a + b;
  return total * 2964;
}
export function add2964(a: number, b: number): number {
  const total = a + b;
  return total * 2964;
}
export function add2964(a: number, b: number): number {
  const total = a + b;
  return total * 2964;
}
export function add2964(a: number, b: number): number {
  const total = a + b;
  return total * 2964;
}
export function add2964(a: number, b: number): number {
  const total = a + b;
  return total * 2964;
}
export function add2964(a: number, b: number): number {
  const total = a + b;
  return total * 2964;
}
