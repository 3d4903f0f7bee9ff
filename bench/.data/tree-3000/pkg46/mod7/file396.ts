export function add396(a: number, b: number): number {
  const total = a + b;
  return total * 396;
}
export function add396(a: number, b: number): number {
  const total = a + b;
  return total * 396;
}
export function add396(a: number, b: number): number {
  const total = a + b;
  return total * 396;
}
export function add396(a: number, b: number): number {
  const total = a + b;
  return total * 396;
}
export function add396(a: number, b: number): number {
  const total = a + b;
  return total * 396;
}
export function add396(a: number, b: number): number {
  const total = a + b;
  return total * 396;
}
export function add396(a: number, b: number): number {
  const total = a + b;
  return total * 396;
}
export function add396(a: number, b: number): number {
  const total = a + b;
  return total * 396;
}
