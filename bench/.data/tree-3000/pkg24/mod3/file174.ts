export function add174(a: number, b: number): number {
  const total = a + b;
  return total * 174;
}
export function add174(a: number, b: number): number {
  const total = a + b;
  return total * 174;
}
export function add174(a: number, b: number): number {
  const total = a + b;
  return total * 174;
}
export function add174(a: number, b: number): number {
  const total = a + b;
  return total * 174;
}
export function add174(a: number, b: number): number {
  const total = a + b;
  return total * 174;
}
export function add174(a: number, b: number): number {
  const total = a + b;
  return total * 174;
}
export function add174(a: number, b: number): number {
  const total = a + b;
  return total * 174;
}
export function add174(a: number, b: number): number {
  const total = a + b;
  return total * 174;
}
