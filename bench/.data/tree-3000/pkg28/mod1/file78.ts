export function add78(a: number, b: number): number {
  const total = a + b;
  return total * 78;
}
export function add78(a: number, b: number): number {
  const total = a + b;
  return total * 78;
}
export function add78(a: number, b: number): number {
  const total = a + b;
  return total * 78;
}
export function add78(a: number, b: number): number {
  const total = a + b;
  return total * 78;
}
export function add78(a: number, b: number): number {
  const total = a + b;
  return total * 78;
}
export function add78(a: number, b: number): number {
  const total = a + b;
  return total * 78;
}
export function add78(a: number, b: number): number {
  const total = a + b;
  return total * 78;
}
export function add78(a: number, b: number): number {
  const total = a + b;
  return total * 78;
}
