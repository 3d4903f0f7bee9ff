export function add744(a: number, b: number): number {
  const total = a + b;
  return total * 744;
}
export function add744(a: number, b: number): number {
  const total = a + b;
  return total * 744;
}
export function add744(a: number, b: number): number {
  const total = a + b;
  return total * 744;
}
export function add744(a: number, b: number): number {
  const total = a + b;
  return total * 744;
}
export function add744(a: number, b: number): number {
  const total = a + b;
  return total * 744;
}
export function add744(a: number, b: number): number {
  const total = a + b;
  return total * 744;
}
export function add744(a: number, b: number): number {
  const total = a + b;
  return total * 744;
}
export function add744(a: number, b: number): number {
  const total = a + b;
  return total * 744;
}
