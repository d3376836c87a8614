// Eine gestörte eingebettete Datenbank (PGlite nach E/A-Fehler oder vollem Datenträger: jede Abfrage
// scheitert) macht den Server nicht halb lebendig: Er erkennt es am ersten Fehler (auch `select 1`
// scheitert), antwortet ab dann auf jede API-Anfrage 503 auf Deutsch, /status meldet „nicht bereit“,
// und er meldet die Störung einmal – starteServer beendet den Prozess dann für die
// Prozessverwaltung. Simuliert durch Schließen der PGlite-Instanz unter dem laufenden Server.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baueApp } from '../app.ts';
import { bereiteDatenbankVor } from '../server.ts';
import { demoStichtag } from '../test/umgebung.ts';
import type { Datenbank } from './verbindung.ts';

let datenbank: Datenbank;
let app: FastifyInstance;
const meldungen: string[] = [];
beforeAll(async () => {
  ({ datenbank } = await bereiteDatenbankVor({ datenVerzeichnis: 'memory://', demo: true, demoStichtag }));
  app = await baueApp({ datenbank, beiStoerung: (m) => meldungen.push(m) });
  await app.ready();
}, 120_000);
afterAll(async () => {
  await app?.close();
});

describe('gestörte PGlite-Datenbank', () => {
  it('erst 200; nach der Störung 503 „Datenbank gestört“ für jede Anfrage, /status nicht bereit, eine Meldung', async () => {
    const anmeldung = await app.inject({ method: 'POST', url: '/api/v1/sitzung', payload: { benutzername: 'schwaben', passwort: 'demo' } });
    const cookie = String(anmeldung.headers['set-cookie']).split(';')[0] ?? '';
    const holen = (url: string) => app.inject({ method: 'GET', url, headers: { cookie } });
    expect((await holen('/api/v1/erstattungsansprueche')).statusCode).toBe(200);
    expect((await holen('/api/v1/status')).statusCode).toBe(200);

    await datenbank.schliessen();

    const r = await holen('/api/v1/erstattungsansprueche');
    expect(r.statusCode).toBe(503);
    expect(r.json()).toMatchObject({
      title: 'Datenbank gestört',
      detail: expect.stringContaining('Die eingebettete Datenbank antwortet nicht mehr'),
    });
    const status = await holen('/api/v1/status');
    expect(status.statusCode).toBe(503);
    expect(status.headers['retry-after']).toBe('60');
    expect((await holen('/api/v1/fristen')).statusCode).toBe(503);
    expect(meldungen).toHaveLength(1);
    expect(meldungen[0]).toMatch(/^Die eingebettete Datenbank antwortet nicht mehr/);
  });
});
