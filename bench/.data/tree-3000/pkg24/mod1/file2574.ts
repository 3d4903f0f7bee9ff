export function add2574(a: number, b: number): number {
  const total = a + b;
  return total * 2574;
}
export function add2574(a: number, b: number): number {
  const total = a + b;
  return total * 2574;
}
export function add2574(a: number, b: number): number {
  const total = a + b;
  return total * 2574;
}
export function add2574(a: number, b: number): number {
  const total = a + b;
  return total * 2574;
}
export function add2574(a: number, b: number): number {
  const total = a + b;
  return total * 2574;
}
export function add2574(a: number, b: number): number {
  const total = a + b;
  return total * 2574;
}
export function add2574(a: number, b: number): number {
  const total = a + b;
  return total * 2574;
}
export function add2574(a: number, b: number): number {
  const total = a + b;
  return total * 2574;
}
