// Exakte Bruchrechnung (BigInt): Pro-rata-Anteile verschiedener Monate werden ohne
// Zwischenrundung addiert; gerundet wird einmal am Ende (half up).
import { type Cent, cent } from '../../gemeinsam/geld.ts';

export interface Bruch {
  z: bigint;
  n: bigint;
}

function ggt(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function bruch(z: bigint, n = 1n): Bruch {
  const g = ggt(z, n);
  return g > 1n ? { z: z / g, n: n / g } : { z, n };
}

export const NULL_BRUCH: Bruch = { z: 0n, n: 1n };

export function plus(a: Bruch, b: Bruch): Bruch {
  return bruch(a.z * b.n + b.z * a.n, a.n * b.n);
}

export function minus(a: Bruch, b: Bruch): Bruch {
  return bruch(a.z * b.n - b.z * a.n, a.n * b.n);
}

export function mal(a: Bruch, b: Bruch): Bruch {
  return bruch(a.z * b.z, a.n * b.n);
}

export function kleiner(a: Bruch, b: Bruch): boolean {
  return a.z * b.n < b.z * a.n;
}

/** Kaufmännisch (half up) auf ganze Cent; negative Werte gibt es hier nicht (auf 0 begrenzt). */
export function runde(a: Bruch): Cent {
  if (a.z <= 0n) return cent(0);
  return cent(Number((2n * a.z + a.n) / (2n * a.n)));
}
