// kill -9 während eines Imports auf PGlite (Datenverzeichnis): Nach dem Neustart ist nichts vom
// Import zu sehen, seine unsichtbaren Zeilen sind gelöscht, derselbe Import gelingt. Immer auf
// PGlite (auch im Lauf mit EGH_TEST_DB=postgresql); PostgreSQL: import-abbruch.pg.test.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { oeffneDatenbank } from '../db/verbindung.ts';
import { killNeunWaehrendDesImports } from '../test/abbruch.ts';

const verzeichnis = mkdtempSync(join(tmpdir(), 'egh-abbruch-'));
afterAll(() => rmSync(verzeichnis, { recursive: true, force: true }));

describe('kill -9 während eines Imports (PGlite)', () => {
  it('nach dem Neustart ist nichts vom Import zu sehen, und derselbe Import gelingt', async () => {
    await killNeunWaehrendDesImports({ EGH_DATA_DIR: verzeichnis }, async (sql) => {
      const d = await oeffneDatenbank({ verzeichnis });
      try {
        const [z] = await d.roh<{ n: number }>(sql);
        return Number(z?.n);
      } finally {
        await d.schliessen();
      }
    });
  }, 600_000);
});
