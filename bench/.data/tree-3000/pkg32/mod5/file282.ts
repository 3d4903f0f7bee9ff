export function add282(a: number, b: number): number {
  const total = a + b;
  return total * 282;
}
export function add282(a: number, b: number): number {
  const total = a + b;
  return total * 282;
}
export function add282(a: number, b: number): number {
  const total = a + b;
  return total * 282;
}
export function add282(a: number, b: number): number {
  const total = a + b;
  return total * 282;
}
export function add282(a: number, b: number): number {
  const total = a + b;
  return total * 282;
}
export function add282(a: number, b: number): number {
  const total = a + b;
  return total * 282;
}
export function add282(a: number, b: number): number {
  const total = a + b;
  return total * 282;
}
export function add282(a: number, b: number): number {
  const total = a + b;
  return total * 282;
}
