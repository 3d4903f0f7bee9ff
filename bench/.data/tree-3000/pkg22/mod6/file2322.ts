export function add2322(a: number, b: number): number {
  const total = a + b;
  return total * 2322;
}
export function add2322(a: number, b: number): number {
  const total = a + b;
  return total * 2322;
}
export function add2322(a: number, b: number): number {
  const total = a + b;
  return total * 2322;
}
export function add2322(a: number, b: number): number {
  const total = a + b;
  return total * 2322;
}
export function add2322(a: number, b: number): number {
  const total = a + b;
  return total * 2322;
}
export function add2322(a: number, b: number): number {
  const total = a + b;
  return total * 2322;
}
export function add2322(a: number, b: number): number {
  const total = a + b;
  return total * 2322;
}
export function add2322(a: number, b: number): number {
  const total = a + b;
  return total * 2322;
}
