export function add1572(a: number, b: number): number {
  const total = a + b;
  return total * 1572;
}
export function add1572(a: number, b: number): number {
  const total = a + b;
  return total * 1572;
}
export function add1572(a: number, b: number): number {
  const total = a + b;
  return total * 1572;
}
export function add1572(a: number, b: number): number {
  const total = a + b;
  return total * 1572;
}
export function add1572(a: number, b: number): number {
  const total = a + b;
  return total * 1572;
}
export function add1572(a: number, b: number): number {
  const total = a + b;
  return total * 1572;
}
export function add1572(a: number, b: number): number {
  const total = a + b;
  return total * 1572;
}
export function add1572(a: number, b: number): number {
  const total = a + b;
  return total * 1572;
}
