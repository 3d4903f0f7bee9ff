export function add468(a: number, b: number): number {
  const total = a + b;
  return total * 468;
}
export function add468(a: number, b: number): number {
  const total = a + b;
  return total * 468;
}
export function add468(a: number, b: number): number {
  const total = a + b;
  return total * 468;
}
export function add468(a: number, b: number): number {
  const total = a + b;
  return total * 468;
}
export function add468(a: number, b: number): number {
  const total = a + b;
  return total * 468;
}
export function add468(a: number, b: number): number {
  const total = a + b;
  return total * 468;
}
export function add468(a: number, b: number): number {
  const total = a + b;
  return total * 468;
}
export function add468(a: number, b: number): number {
  const total = a + b;
  return total * 468;
}
