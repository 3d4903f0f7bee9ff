export function add2502(a: number, b: number): number {
  const total = a + b;
  return total * 2502;
}
export function add2502(a: number, b: number): number {
  const total = a + b;
  return total * 2502;
}
export function add2502(a: number, b: number): number {
  const total = a + b;
  return total * 2502;
}
export function add2502(a: number, b: number): number {
  const total = a + b;
  return total * 2502;
}
export function add2502(a: number, b: number): number {
  const total = a + b;
  return total * 2502;
}
export function add2502(a: number, b: number): number {
  const total = a + b;
  return total * 2502;
}
export function add2502(a: number, b: number): number {
  const total = a + b;
  return total * 2502;
}
export function add2502(a: number, b: number): number {
  const total = a + b;
  return total * 2502;
}
