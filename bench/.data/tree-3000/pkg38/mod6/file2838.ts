export function add2838(a: number, b: number): number {
  const total = a + b;
  return total * 2838;
}
export function add2838(a: number, b: number): number {
  const total = a + b;
  return total * 2838;
}
export function add2838(a: number, b: number): number {
  const total = a + b;
  return total * 2838;
}
export function add2838(a: number, b: number): number {
  const total = a + b;
  return total * 2838;
}
export function add2838(a: number, b: number): number {
  const total = a + b;
  return total * 2838;
}
export function add2838(a: number, b: number): number {
  const total = a + b;
  return total * 2838;
}
export function add2838(a: number, b: number): number {
  const total = a + b;
  return total * 2838;
}
export function add2838(a: number, b: number): number {
  const total = a + b;
  return total * 2838;
}
