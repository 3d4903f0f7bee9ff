export function add336(a: number, b: number): number {
  const total = a + b;
  return total * 336;
}
export function add336(a: number, b: number): number {
  const total = a + b;
  return total * 336;
}
export function add336(a: number, b: number): number {
  const total = a + b;
  return total * 336;
}
export function add336(a: number, b: number): number {
  const total = a + b;
  return total * 336;
}
export function add336(a: number, b: number): number {
  const total = a + b;
  return total * 336;
}
export function add336(a: number, b: number): number {
  const total = a + b;
  return total * 336;
}
export function add336(a: number, b: number): number {
  const total = a + b;
  return total * 336;
}
export function add336(a: number, b: number): number {
  const total = a + b;
  return total * 336;
}
