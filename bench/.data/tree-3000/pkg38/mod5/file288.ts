export function add288(a: number, b: number): number {
  const total = a + b;
  return total * 288;
}
export function add288(a: number, b: number): number {
  const total = a + b;
  return total * 288;
}
export function add288(a: number, b: number): number {
  const total = a + b;
  return total * 288;
}
export function add288(a: number, b: number): number {
  const total = a + b;
  return total * 288;
}
export function add288(a: number, b: number): number {
  const total = a + b;
  return total * 288;
}
export function add288(a: number, b: number): number {
  const total = a + b;
  return total * 288;
}
export function add288(a: number, b: number): number {
  const total = a + b;
  return total * 288;
}
export function add288(a: number, b: number): number {
  const total = a + b;
  return total * 288;
}
