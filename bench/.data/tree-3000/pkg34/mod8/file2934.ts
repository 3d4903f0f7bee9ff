export function add2934(a: number, b: number): number {
  const total = a + b;
  return total * 2934;
}
export function add2934(a: number, b: number): number {
  const total = a + b;
  return total * 2934;
}
export function add2934(a: number, b: number): number {
  const total = a + b;
  return total * 2934;
}
export function add2934(a: number, b: number): number {
  const total = a + b;
  return total * 2934;
}
export function add2934(a: number, b: number): number {
  const total = a + b;
  return total * 2934;
}
export function add2934(a: number, b: number): number {
  const total = a + b;
  return total * 2934;
}
export function add2934(a: number, b: number): number {
  const total = a + b;
  return total * 2934;
}
export function add2934(a: number, b: number): number {
  const total = a + b;
  return total * 2934;
}
