// Gemeinsame Bausteine der Benchmarks: JSON-Zeilen {name, value, unit}, ein deterministischer
// Zufallsgenerator (die Eingaben sind in jedem Lauf gleich) und eine frische PostgreSQL-Datenbank.
import pg from 'pg';

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

/** Legt eine leere PostgreSQL-Datenbank an (EGH_BENCH_POSTGRES_URL, sonst die lokale); `weg` löscht sie. */
export async function frischePostgres(praefix: string): Promise<{ url: string; weg: () => Promise<void> }> {
  const basis = process.env.EGH_BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `${praefix}_${Date.now()}`;
  const c = new pg.Client({ connectionString: basis });
  await c.connect();
  await c.query(`create database ${name}`);
  await c.end();
  return {
    url: basis.replace(/\/[^/]*$/, `/${name}`),
    weg: async () => {
      const x = new pg.Client({ connectionString: basis });
      await x.connect();
      await x.query(`drop database if exists ${name} with (force)`);
      await x.end();
    },
  };
}
