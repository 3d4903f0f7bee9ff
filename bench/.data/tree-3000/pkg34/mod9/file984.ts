export function add984(a: number, b: number): number {
  const total = a + b;
  return total * 984;
}
export function add984(a: number, b: number): number {
  const total = a + b;
  return total * 984;
}
export function add984(a: number, b: number): number {
  const total = a + b;
  return total * 984;
}
export function add984(a: number, b: number): number {
  const total = a + b;
  return total * 984;
}
export function add984(a: number, b: number): number {
  const total = a + b;
  return total * 984;
}
export function add984(a: number, b: number): number {
  const total = a + b;
  return total * 984;
}
export function add984(a: number, b: number): number {
  const total = a + b;
  return total * 984;
}
export function add984(a: number, b: number): number {
  const total = a + b;
  return total * 984;
}
