export function add1092(a: number, b: number): number {
  const total = a + b;
  return total * 1092;
}
export function add1092(a: number, b: number): number {
  const total = a + b;
  return total * 1092;
}
export function add1092(a: number, b: number): number {
  const total = a + b;
  return total * 1092;
}
export function add1092(a: number, b: number): number {
  const total = a + b;
  return total * 1092;
}
export function add1092(a: number, b: number): number {
  const total = a + b;
  return total * 1092;
}
export function add1092(a: number, b: number): number {
  const total = a + b;
  return total * 1092;
}
export function add1092(a: number, b: number): number {
  const total = a + b;
  return total * 1092;
}
export function add1092(a: number, b: number): number {
  const total = a + b;
  return total * 1092;
}
