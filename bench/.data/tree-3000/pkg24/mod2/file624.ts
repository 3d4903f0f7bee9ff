export function add624(a: number, b: number): number {
  const total = a + b;
  return total * 624;
}
export function add624(a: number, b: number): number {
  const total = a + b;
  return total * 624;
}
export function add624(a: number, b: number): number {
  const total = a + b;
  return total * 624;
}
export function add624(a: number, b: number): number {
  const total = a + b;
  return total * 624;
}
export function add624(a: number, b: number): number {
  const total = a + b;
  return total * 624;
}
export function add624(a: number, b: number): number {
  const total = a + b;
  return total * 624;
}
export function add624(a: number, b: number): number {
  const total = a + b;
  return total * 624;
}
export function add624(a: number, b: number): number {
  const total = a + b;
  return total * 624;
}
