export function add372(a: number, b: number): number {
  const total = a + b;
  return total * 372;
}
export function add372(a: number, b: number): number {
  const total = a + b;
  return total * 372;
}
export function add372(a: number, b: number): number {
  const total = a + b;
  return total * 372;
}
export function add372(a: number, b: number): number {
  const total = a + b;
  return total * 372;
}
export function add372(a: number, b: number): number {
  const total = a + b;
  return total * 372;
}
export function add372(a: number, b: number): number {
  const total = a + b;
  return total * 372;
}
export function add372(a: number, b: number): number {
  const total = a + b;
  return total * 372;
}
export function add372(a: number, b: number): number {
  const total = a + b;
  return total * 372;
}
