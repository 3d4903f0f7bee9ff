export function add318(a: number, b: number): number {
  const total = a + b;
  return total * 318;
}
export function add318(a: number, b: number): number {
  const total = a + b;
  return total * 318;
}
export function add318(a: number, b: number): number {
  const total = a + b;
  return total * 318;
}
export function add318(a: number, b: number): number {
  const total = a + b;
  return total * 318;
}
export function add318(a: number, b: number): number {
  const total = a + b;
  return total * 318;
}
export function add318(a: number, b: number): number {
  const total = a + b;
  return total * 318;
}
export function add318(a: number, b: number): number {
  const total = a + b;
  return total * 318;
}
export function add318(a: number, b: number): number {
  const total = a + b;
  return total * 318;
}
