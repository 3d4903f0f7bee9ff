export function add576(a: number, b: number): number {
  const total = a + b;
  return total * 576;
}
export function add576(a: number, b: number): number {
  const total = a + b;
  return total * 576;
}
export function add576(a: number, b: number): number {
  const total = a + b;
  return total * 576;
}
export function add576(a: number, b: number): number {
  const total = a + b;
  return total * 576;
}
export function add576(a: number, b: number): number {
  const total = a + b;
  return total * 576;
}
export function add576(a: number, b: number): number {
  const total = a + b;
  return total * 576;
}
export function add576(a: number, b: number): number {
  const total = a + b;
  return total * 576;
}
export function add576(a: number, b: number): number {
  const total = a + b;
  return total * 576;
}
