export function add894(a: number, b: number): number {
  const total = a + b;
  return total * 894;
}
export function add894(a: number, b: number): number {
  const total = a + b;
  return total * 894;
}
export function add894(a: number, b: number): number {
  const total = a + b;
  return total * 894;
}
export function add894(a: number, b: number): number {
  const total = a + b;
  return total * 894;
}
export function add894(a: number, b: number): number {
  const total = a + b;
  return total * 894;
}
export function add894(a: number, b: number): number {
  const total = a + b;
  return total * 894;
}
export function add894(a: number, b: number): number {
  const total = a + b;
  return total * 894;
}
export function add894(a: number, b: number): number {
  const total = a + b;
  return total * 894;
}
