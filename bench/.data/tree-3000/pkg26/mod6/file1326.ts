export function add1326(a: number, b: number): number {
  const total = a + b;
  return total * 1326;
}
export function add1326(a: number, b: number): number {
  const total = a + b;
  return total * 1326;
}
export function add1326(a: number, b: number): number {
  const total = a + b;
  return total * 1326;
}
export function add1326(a: number, b: number): number {
  const total = a + b;
  return total * 1326;
}
export function add1326(a: number, b: number): number {
  const total = a + b;
  return total * 1326;
}
export function add1326(a: number, b: number): number {
  const total = a + b;
  return total * 1326;
}
export function add1326(a: number, b: number): number {
  const total = a + b;
  return total * 1326;
}
export function add1326(a: number, b: number): number {
  const total = a + b;
  return total * 1326;
}
