export function add1776(a: number, b: number): number {
  const total = a + b;
  return total * 1776;
}
export function add1776(a: number, b: number): number {
  const total = a + b;
  return total * 1776;
}
export function add1776(a: number, b: number): number {
  const total = a + b;
  return total * 1776;
}
export function add1776(a: number, b: number): number {
  const total = a + b;
  return total * 1776;
}
export function add1776(a: number, b: number): number {
  const total = a + b;
  return total * 1776;
}
export function add1776(a: number, b: number): number {
  const total = a + b;
  return total * 1776;
}
export function add1776(a: number, b: number): number {
  const total = a + b;
  return total * 1776;
}
export function add1776(a: number, b: number): number {
  const total = a + b;
  return total * 1776;
}
