// Gemeinsame Bausteine der Benchmarks: JSON-Zeilen {name, value, unit} und ein
// deterministischer Zufallsgenerator (die Eingaben sind in jedem Lauf gleich).

export interface Messwert {
  name: string;
  value: number;
  unit: string;
  /** Zielwert und Richtung, falls das Issue einen nennt. */
  target?: { max?: number; min?: number };
}

export function gib(m: Messwert): Messwert {
  process.stdout.write(`${JSON.stringify({ name: m.name, value: m.value, unit: m.unit })}\n`);
  return m;
}

/** Mulberry32: kleiner, schneller, deterministischer Generator. */
export function zufall(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function runde(x: number, stellen = 2): number {
  const f = 10 ** stellen;
  return Math.round(x * f) / f;
}
