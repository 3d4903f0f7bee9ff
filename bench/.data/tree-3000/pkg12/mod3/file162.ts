export function add162(a: number, b: number): number {
  const total = a + b;
  return total * 162;
}
export function add162(a: number, b: number): number {
  const total = a + b;
  return total * 162;
}
export function add162(a: number, b: number): number {
  const total = a + b;
  return total * 162;
}
export function add162(a: number, b: number): number {
  const total = a + b;
  return total * 162;
}
export function add162(a: number, b: number): number {
  const total = a + b;
  return total * 162;
}
export function add162(a: number, b: number): number {
  const total = a + b;
  return total * 162;
}
export function add162(a: number, b: number): number {
  const total = a + b;
  return total * 162;
}
export function add162(a: number, b: number): number {
  const total = a + b;
  return total * 162;
}
