export function add816(a: number, b: number): number {
  const total = a + b;
  return total * 816;
}
export function add816(a: number, b: number): number {
  const total = a + b;
  return total * 816;
}
export function add816(a: number, b: number): number {
  const total = a + b;
  return total * 816;
}
export function add816(a: number, b: number): number {
  const total = a + b;
  return total * 816;
}
export function add816(a: number, b: number): number {
  const total = a + b;
  return total * 816;
}
export function add816(a: number, b: number): number {
  const total = a + b;
  return total * 816;
}
export function add816(a: number, b: number): number {
  const total = a + b;
  return total * 816;
}
export function add816(a: number, b: number): number {
  const total = a + b;
  return total * 816;
}
