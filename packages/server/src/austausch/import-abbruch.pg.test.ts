// kill -9 während eines Imports auf PostgreSQL: Der Import ist dort eine Transaktion; bricht die
// Verbindung ab, rollt PostgreSQL sie zurück. Nach dem Neustart ist nichts zu sehen, derselbe
// Import gelingt. PGlite: import-abbruch.test.ts.
import pg from 'pg';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { killNeunWaehrendDesImports } from '../test/abbruch.ts';
import { type Umgebung, baueUmgebung } from '../test/umgebung.ts';

let u: Umgebung;
beforeAll(async () => {
  // Eine frische, leere Datenbank (der Serverprozess lädt Stammdaten und Demo-Daten selbst).
  u = await baueUmgebung({ demo: false });
}, 120_000);
afterAll(async () => u?.schliessen());

describe('kill -9 während eines Imports (PostgreSQL)', () => {
  it('nach dem Neustart ist nichts vom Import zu sehen, und derselbe Import gelingt', async () => {
    await killNeunWaehrendDesImports({ DATABASE_URL: u.url ?? '' }, async (sql) => {
      const c = new pg.Client({ connectionString: u.url });
      await c.connect();
      try {
        const { rows } = await c.query<{ n: number }>(sql);
        return Number(rows[0]?.n);
      } finally {
        await c.end();
      }
    });
  }, 600_000);
});
