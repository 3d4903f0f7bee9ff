export function add978(a: number, b: number): number {
  const total = a + b;
  return total * 978;
}
export function add978(a: number, b: number): number {
  const total = a + b;
  return total * 978;
}
export function add978(a: number, b: number): number {
  const total = a + b;
  return total * 978;
}
export function add978(a: number, b: number): number {
  const total = a + b;
  return total * 978;
}
export function add978(a: number, b: number): number {
  const total = a + b;
  return total * 978;
}
export function add978(a: number, b: number): number {
  const total = a + b;
  return total * 978;
}
export function add978(a: number, b: number): number {
  const total = a + b;
  return total * 978;
}
export function add978(a: number, b: number): number {
  const total = a + b;
  return total * 978;
}
