export function add864(a: number, b: number): number {
  const total = a + b;
  return total * 864;
}
export function add864(a: number, b: number): number {
  const total = a + b;
  return total * 864;
}
export function add864(a: number, b: number): number {
  const total = a + b;
  return total * 864;
}
export function add864(a: number, b: number): number {
  const total = a + b;
  return total * 864;
}
export function add864(a: number, b: number): number {
  const total = a + b;
  return total * 864;
}
export function add864(a: number, b: number): number {
  const total = a + b;
  return total * 864;
}
export function add864(a: number, b: number): number {
  const total = a + b;
  return total * 864;
}
export function add864(a: number, b: number): number {
  const total = a + b;
  return total * 864;
}
