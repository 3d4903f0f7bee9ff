export function add366(a: number, b: number): number {
  const total = a + b;
  return total * 366;
}
export function add366(a: number, b: number): number {
  const total = a + b;
  return total * 366;
}
export function add366(a: number, b: number): number {
  const total = a + b;
  return total * 366;
}
export function add366(a: number, b: number): number {
  const total = a + b;
  return total * 366;
}
export function add366(a: number, b: number): number {
  const total = a + b;
  return total * 366;
}
export function add366(a: number, b: number): number {
  const total = a + b;
  return total * 366;
}
export function add366(a: number, b: number): number {
  const total = a + b;
  return total * 366;
}
export function add366(a: number, b: number): number {
  const total = a + b;
  return total * 366;
}
