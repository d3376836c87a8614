// Drosselung über zwei Server-Instanzen an einer PostgreSQL: die Zähler sind in der Datenbank
// atomar, also hält die Grenze auch, wenn die Versuche auf zwei Instanzen verteilt sind. Nur auf
// PostgreSQL (npm run test:postgres); PGlite hat nur einen Prozess.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baueApp } from './app.ts';
import { type Datenbank, oeffneDatenbank } from './db/verbindung.ts';
import { drosselung } from './http/drosselung.ts';
import { type Umgebung, baueUmgebung } from './test/umgebung.ts';

let u: Umgebung;
beforeAll(async () => {
  u = await baueUmgebung();
}, 120_000);
afterAll(async () => u?.schliessen());

describe('Drosselung über Instanzen (postgresql)', () => {
  it('hält die Grenze auch über zwei Server-Instanzen an einer PostgreSQL', async () => {
    const zweite: Datenbank = await oeffneDatenbank({ url: u.url });
    const app2 = await baueApp({ datenbank: zweite });
    try {
      const r = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          (i % 2 ? app2 : u.app).inject({
            method: 'POST',
            url: '/api/v1/sitzung',
            remoteAddress: '198.51.100.31',
            payload: { benutzername: 'datenschutz.schwaben', passwort: 'falsch' },
          }),
        ),
      );
      expect(r.filter((x) => x.statusCode === 401).length).toBe(drosselung.jeBenutzerUndAdresse.versuche);
      expect(r.filter((x) => x.statusCode === 429).length).toBe(30 - drosselung.jeBenutzerUndAdresse.versuche);
    } finally {
      await app2.close();
      await zweite.schliessen();
    }
  }, 60_000);
});
