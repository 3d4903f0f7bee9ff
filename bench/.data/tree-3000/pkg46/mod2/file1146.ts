export function add1146(a: number, b: number): number {
  const total = a + b;
  return total * 1146;
}
export function add1146(a: number, b: number): number {
  const total = a + b;
  return total * 1146;
}
export function add1146(a: number, b: number): number {
  const total = a + b;
  return total * 1146;
}
export function add1146(a: number, b: number): number {
  const total = a + b;
  return total * 1146;
}
export function add1146(a: number, b: number): number {
  const total = a + b;
  return total * 1146;
}
export function add1146(a: number, b: number): number {
  const total = a + b;
  return total * 1146;
}
export function add1146(a: number, b: number): number {
  const total = a + b;
  return total * 1146;
}
export function add1146(a: number, b: number): number {
  const total = a + b;
  return total * 1146;
}
