// Größengrenze des Imports über die API: EGH_IMPORT_MAX_MB (Standard 50 MB); größere Dateien werden
// mit 413 und deutscher Meldung abgelehnt, ohne gelesen zu werden und ohne etwas zu speichern;
// XLSX hat eine eigene, kleinere Grenze (EGH_IMPORT_XLSX_MAX_MB).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baueApp } from '../app.ts';
import { type Umgebung, baueUmgebung } from '../test/umgebung.ts';
import { importGrenzeAus, xlsxGrenzeAus } from './routen.ts';
import { testCsv } from './testdaten.ts';

let u: Umgebung;
let klein: FastifyInstance;
beforeAll(async () => {
  u = await baueUmgebung();
  // Dieselbe Datenbank, eine App mit 1 MB Importgrenze.
  klein = await baueApp({ datenbank: u.datenbank, importGrenze: 1024 * 1024, xlsxGrenze: 256 * 1024 });
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
    // XLSX: eigene, kleinere Grenze (Standard 10 MB), nie über der für CSV.
    expect(xlsxGrenzeAus({})).toBe(10 * 1024 * 1024);
    expect(xlsxGrenzeAus({ EGH_IMPORT_XLSX_MAX_MB: '20' })).toBe(20 * 1024 * 1024);
    expect(xlsxGrenzeAus({ EGH_IMPORT_XLSX_MAX_MB: '80' })).toBe(50 * 1024 * 1024);
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

    // Eine XLSX-Datei (erkannt am Inhalt: ZIP) über ihrer Grenze von 256 KB, ohne Content-Length
    // über der CSV-Grenze: 413 beim Lesen, mit dem Hinweis auf CSV.
    const xlsx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(300 * 1024)]);
    const r2 = await klein.inject({
      method: 'POST',
      url: '/api/v1/import/erstattungsansprueche',
      headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      payload: xlsx,
    });
    expect(r2.statusCode, r2.body).toBe(413);
    expect(r2.json()).toMatchObject({
      title: 'Anfrage zu groß',
      detail: expect.stringContaining('Die Datei ist größer als 0,3 MB, die Grenze für einen Import im Format XLSX'),
    });
    const [zuletzt] = await u.datenbank.roh<{ n: number }>('select count(*)::int as n from erstattungsanspruch');
    expect(zuletzt?.n).toBe((nachher?.n ?? 0) + 5);
  });
});
