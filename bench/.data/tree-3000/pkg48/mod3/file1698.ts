export function add1698(a: number, b: number): number {
  const total = a + b;
  return total * 1698;
}
export function add1698(a: number, b: number): number {
  const total = a + b;
  return total * 1698;
}
export function add1698(a: number, b: number): number {
  const total = a + b;
  return total * 1698;
}
export function add1698(a: number, b: number): number {
  const total = a + b;
  return total * 1698;
}
export function add1698(a: number, b: number): number {
  const total = a + b;
  return total * 1698;
}
export function add1698(a: number, b: number): number {
  const total = a + b;
  return total * 1698;
}
export function add1698(a: number, b: number): number {
  const total = a + b;
  return total * 1698;
}
export function add1698(a: number, b: number): number {
  const total = a + b;
  return total * 1698;
}
