export function add588(a: number, b: number): number {
  const total = a + b;
  return total * 588;
}
export function add588(a: number, b: number): number {
  const total = a + b;
  return total * 588;
}
export function add588(a: number, b: number): number {
  const total = a + b;
  return total * 588;
}
export function add588(a: number, b: number): number {
  const total = a + b;
  return total * 588;
}
export function add588(a: number, b: number): number {
  const total = a + b;
  return total * 588;
}
export function add588(a: number, b: number): number {
  const total = a + b;
  return total * 588;
}
export function add588(a: number, b: number): number {
  const total = a + b;
  return total * 588;
}
export function add588(a: number, b: number): number {
  const total = a + b;
  return total * 588;
}
