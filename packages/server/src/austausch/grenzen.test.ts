// Größengrenze des Imports über die API: EGH_IMPORT_MAX_MB (Standard 50 MB); größere Dateien werden
// mit 413 und deutscher Meldung abgelehnt, ohne gelesen zu werden und ohne etwas zu speichern.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baueApp } from '../app.ts';
import { type Umgebung, baueUmgebung } from '../test/umgebung.ts';
import { importGrenzeAus } from './routen.ts';
import { testCsv } from './testdaten.ts';

let u: Umgebung;
let klein: FastifyInstance;
beforeAll(async () => {
  u = await baueUmgebung();
  // Dieselbe Datenbank, eine App mit 1 MB Importgrenze.
  klein = await baueApp({ datenbank: u.datenbank, importGrenze: 1024 * 1024 });
  await klein.ready();
}, 120_000);
afterAll(async () => {
  await klein?.close();
  await u?.schliessen();
});

describe('Größengrenze des Imports', () => {
  it('Standard 50 MB, einstellbar mit EGH_IMPORT_MAX_MB', () => {
    expect(importGrenzeAus({})).toBe(50 * 1024 * 1024);
    expect(importGrenzeAus({ EGH_IMPORT_MAX_MB: '5' })).toBe(5 * 1024 * 1024);
    expect(importGrenzeAus({ EGH_IMPORT_MAX_MB: 'viel' })).toBe(50 * 1024 * 1024);
  });

  it('eine Datei über der Grenze: 413 auf Deutsch, nichts gespeichert; darunter 201', async () => {
    const anmeldung = await klein.inject({
      method: 'POST',
      url: '/api/v1/sitzung',
      payload: { benutzername: 'schwaben', passwort: 'demo' },
    });
    const cookie = String(anmeldung.headers['set-cookie']).split(';')[0] ?? '';
    const csrf = anmeldung.json<{ csrfToken: string }>().csrfToken;
    const senden = (csv: string) =>
      klein.inject({
        method: 'POST',
        url: '/api/v1/import/erstattungsansprueche',
        headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'text/csv' },
        payload: csv,
      });
    const [vorher] = await u.datenbank.roh<{ n: number }>('select count(*)::int as n from erstattungsanspruch');
    const gross = testCsv({ ansprueche: 800, zeitraeumeJeAnspruch: 12, praefix: 'GROSS' });
    expect(Buffer.byteLength(gross)).toBeGreaterThan(1024 * 1024);
    const r = await senden(gross);
    expect(r.statusCode).toBe(413);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.json()).toMatchObject({
      title: 'Anfrage zu groß',
      detail: expect.stringContaining('Die Datei ist größer als 1 MB, die Grenze für einen Import'),
    });
    const [nachher] = await u.datenbank.roh<{ n: number }>('select count(*)::int as n from erstattungsanspruch');
    expect(nachher?.n).toBe(vorher?.n);
    const ok = await senden(testCsv({ ansprueche: 5, zeitraeumeJeAnspruch: 2, praefix: 'KLEIN' }));
    expect(ok.statusCode, ok.body).toBe(201);
  });
});
