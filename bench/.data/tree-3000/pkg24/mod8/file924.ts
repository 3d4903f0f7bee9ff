export function add924(a: number, b: number): number {
  const total = a + b;
  return total * 924;
}
export function add924(a: number, b: number): number {
  const total = a + b;
  return total * 924;
}
export function add924(a: number, b: number): number {
  const total = a + b;
  return total * 924;
}
export function add924(a: number, b: number): number {
  const total = a + b;
  return total * 924;
}
export function add924(a: number, b: number): number {
  const total = a + b;
  return total * 924;
}
export function add924(a: number, b: number): number {
  const total = a + b;
  return total * 924;
}
export function add924(a: number, b: number): number {
  const total = a + b;
  return total * 924;
}
export function add924(a: number, b: number): number {
  const total = a + b;
  return total * 924;
}
