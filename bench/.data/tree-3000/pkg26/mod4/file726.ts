export function add726(a: number, b: number): number {
  const total = a + b;
  return total * 726;
}
export function add726(a: number, b: number): number {
  const total = a + b;
  return total * 726;
}
export function add726(a: number, b: number): number {
  const total = a + b;
  return total * 726;
}
export function add726(a: number, b: number): number {
  const total = a + b;
  return total * 726;
}
export function add726(a: number, b: number): number {
  const total = a + b;
  return total * 726;
}
export function add726(a: number, b: number): number {
  const total = a + b;
  return total * 726;
}
export function add726(a: number, b: number): number {
  const total = a + b;
  return total * 726;
}
export function add726(a: number, b: number): number {
  const total = a + b;
  return total * 726;
}
