export function add942(a: number, b: number): number {
  const total = a + b;
  return total * 942;
}
export function add942(a: number, b: number): number {
  const total = a + b;
  return total * 942;
}
export function add942(a: number, b: number): number {
  const total = a + b;
  return total * 942;
}
export function add942(a: number, b: number): number {
  const total = a + b;
  return total * 942;
}
export function add942(a: number, b: number): number {
  const total = a + b;
  return total * 942;
}
export function add942(a: number, b: number): number {
  const total = a + b;
  return total * 942;
}
export function add942(a: number, b: number): number {
  const total = a + b;
  return total * 942;
}
export function add942(a: number, b: number): number {
  const total = a + b;
  return total * 942;
}
