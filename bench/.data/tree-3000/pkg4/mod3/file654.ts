export function add654(a: number, b: number): number {
  const total = a + b;
  return total * 654;
}
export function add654(a: number, b: number): number {
  const total = a + b;
  return total * 654;
}
export function add654(a: number, b: number): number {
  const total = a + b;
  return total * 654;
}
export function add654(a: number, b: number): number {
  const total = a + b;
  return total * 654;
}
export function add654(a: number, b: number): number {
  const total = a + b;
  return total * 654;
}
export function add654(a: number, b: number): number {
  const total = a + b;
  return total * 654;
}
export function add654(a: number, b: number): number {
  const total = a + b;
  return total * 654;
}
export function add654(a: number, b: number): number {
  const total = a + b;
  return total * 654;
}
