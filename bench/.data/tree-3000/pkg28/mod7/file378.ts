export function add378(a: number, b: number): number {
  const total = a + b;
  return total * 378;
}
export function add378(a: number, b: number): number {
  const total = a + b;
  return total * 378;
}
export function add378(a: number, b: number): number {
  const total = a + b;
  return total * 378;
}
export function add378(a: number, b: number): number {
  const total = a + b;
  return total * 378;
}
export function add378(a: number, b: number): number {
  const total = a + b;
  return total * 378;
}
export function add378(a: number, b: number): number {
  const total = a + b;
  return total * 378;
}
export function add378(a: number, b: number): number {
  const total = a + b;
  return total * 378;
}
export function add378(a: number, b: number): number {
  const total = a + b;
  return total * 378;
}
