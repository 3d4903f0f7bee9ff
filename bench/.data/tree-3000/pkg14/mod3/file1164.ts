export function add1164(a: number, b: number): number {
  const total = a + b;
  return total * 1164;
}
export function add1164(a: number, b: number): number {
  const total = a + b;
  return total * 1164;
}
export function add1164(a: number, b: number): number {
  const total = a + b;
  return total * 1164;
}
export function add1164(a: number, b: number): number {
  const total = a + b;
  return total * 1164;
}
export function add1164(a: number, b: number): number {
  const total = a + b;
  return total * 1164;
}
export function add1164(a: number, b: number): number {
  const total = a + b;
  return total * 1164;
}
export function add1164(a: number, b: number): number {
  const total = a + b;
  return total * 1164;
}
export function add1164(a: number, b: number): number {
  const total = a + b;
  return total * 1164;
}
