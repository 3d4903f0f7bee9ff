export function add138(a: number, b: number): number {
  const total = a + b;
  return total * 138;
}
export function add138(a: number, b: number): number {
  const total = a + b;
  return total * 138;
}
export function add138(a: number, b: number): number {
  const total = a + b;
  return total * 138;
}
export function add138(a: number, b: number): number {
  const total = a + b;
  return total * 138;
}
export function add138(a: number, b: number): number {
  const total = a + b;
  return total * 138;
}
export function add138(a: number, b: number): number {
  const total = a + b;
  return total * 138;
}
export function add138(a: number, b: number): number {
  const total = a + b;
  return total * 138;
}
export function add138(a: number, b: number): number {
  const total = a + b;
  return total * 138;
}
