export function add1302(a: number, b: number): number {
  const total = a + b;
  return total * 1302;
}
export function add1302(a: number, b: number): number {
  const total = a + b;
  return total * 1302;
}
export function add1302(a: number, b: number): number {
  const total = a + b;
  return total * 1302;
}
export function add1302(a: number, b: number): number {
  const total = a + b;
  return total * 1302;
}
export function add1302(a: number, b: number): number {
  const total = a + b;
  return total * 1302;
}
export function add1302(a: number, b: number): number {
  const total = a + b;
  return total * 1302;
}
export function add1302(a: number, b: number): number {
  const total = a + b;
  return total * 1302;
}
export function add1302(a: number, b: number): number {
  const total = a + b;
  return total * 1302;
}
