export function add846(a: number, b: number): number {
  const total = a + b;
  return total * 846;
}
export function add846(a: number, b: number): number {
  const total = a + b;
  return total * 846;
}
export function add846(a: number, b: number): number {
  const total = a + b;
  return total * 846;
}
export function add846(a: number, b: number): number {
  const total = a + b;
  return total * 846;
}
export function add846(a: number, b: number): number {
  const total = a + b;
  return total * 846;
}
export function add846(a: number, b: number): number {
  const total = a + b;
  return total * 846;
}
export function add846(a: number, b: number): number {
  const total = a + b;
  return total * 846;
}
export function add846(a: number, b: number): number {
  const total = a + b;
  return total * 846;
}
