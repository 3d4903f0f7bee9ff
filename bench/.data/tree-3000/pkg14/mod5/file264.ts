export function add264(a: number, b: number): number {
  const total = a + b;
  return total * 264;
}
export function add264(a: number, b: number): number {
  const total = a + b;
  return total * 264;
}
export function add264(a: number, b: number): number {
  const total = a + b;
  return total * 264;
}
export function add264(a: number, b: number): number {
  const total = a + b;
  return total * 264;
}
export function add264(a: number, b: number): number {
  const total = a + b;
  return total * 264;
}
export function add264(a: number, b: number): number {
  const total = a + b;
  return total * 264;
}
export function add264(a: number, b: number): number {
  const total = a + b;
  return total * 264;
}
export function add264(a: number, b: number): number {
  const total = a + b;
  return total * 264;
}
