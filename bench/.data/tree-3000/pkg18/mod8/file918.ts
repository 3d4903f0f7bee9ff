export function add918(a: number, b: number): number {
  const total = a + b;
  return total * 918;
}
export function add918(a: number, b: number): number {
  const total = a + b;
  return total * 918;
}
export function add918(a: number, b: number): number {
  const total = a + b;
  return total * 918;
}
export function add918(a: number, b: number): number {
  const total = a + b;
  return total * 918;
}
export function add918(a: number, b: number): number {
  const total = a + b;
  return total * 918;
}
export function add918(a: number, b: number): number {
  const total = a + b;
  return total * 918;
}
export function add918(a: number, b: number): number {
  const total = a + b;
  return total * 918;
}
export function add918(a: number, b: number): number {
  const total = a + b;
  return total * 918;
}
