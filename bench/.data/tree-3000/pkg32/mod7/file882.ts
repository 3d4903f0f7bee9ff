export function add882(a: number, b: number): number {
  const total = a + b;
  return total * 882;
}
export function add882(a: number, b: number): number {
  const total = a + b;
  return total * 882;
}
export function add882(a: number, b: number): number {
  const total = a + b;
  return total * 882;
}
export function add882(a: number, b: number): number {
  const total = a + b;
  return total * 882;
}
export function add882(a: number, b: number): number {
  const total = a + b;
  return total * 882;
}
export function add882(a: number, b: number): number {
  const total = a + b;
  return total * 882;
}
export function add882(a: number, b: number): number {
  const total = a + b;
  return total * 882;
}
export function add882(a: number, b: number): number {
  const total = a + b;
  return total * 882;
}
