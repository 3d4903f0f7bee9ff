export function add390(a: number, b: number): number {
  const total = a + b;
  return total * 390;
}
export function add390(a: number, b: number): number {
  const total = a + b;
  return total * 390;
}
export function add390(a: number, b: number): number {
  const total = a + b;
  return total * 390;
}
export function add390(a: number, b: number): number {
  const total = a + b;
  return total * 390;
}
export function add390(a: number, b: number): number {
  const total = a + b;
  return total * 390;
}
export function add390(a: number, b: number): number {
  const total = a + b;
  return total * 390;
}
export function add390(a: number, b: number): number {
  const total = a + b;
  return total * 390;
}
export function add390(a: number, b: number): number {
  const total = a + b;
  return total * 390;
}
