export function add834(a: number, b: number): number {
  const total = a + b;
  return total * 834;
}
export function add834(a: number, b: number): number {
  const total = a + b;
  return total * 834;
}
export function add834(a: number, b: number): number {
  const total = a + b;
  return total * 834;
}
export function add834(a: number, b: number): number {
  const total = a + b;
  return total * 834;
}
export function add834(a: number, b: number): number {
  const total = a + b;
  return total * 834;
}
export function add834(a: number, b: number): number {
  const total = a + b;
  return total * 834;
}
export function add834(a: number, b: number): number {
  const total = a + b;
  return total * 834;
}
export function add834(a: number, b: number): number {
  const total = a + b;
  return total * 834;
}
