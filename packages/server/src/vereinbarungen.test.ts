// Vereinbarungsfassungen und Beitritte über die API gegen eine echte Datenbank (PGlite oder
// PostgreSQL): der Plattformbetrieb pflegt die Fassungen, jeder liest sie und die Mitgliederliste,
// die Administration eines Trägers erklärt Beitritt und Austritt nur für den eigenen Träger.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type Umgebung, baueUmgebung, testDb } from './test/umgebung.ts';

let u: Umgebung;
let betrieb: Client;
let admin: Client;

beforeAll(async () => {
  u = await baueUmgebung();
  betrieb = await u.als('betrieb');
  admin = await u.als('admin.schwaben');
}, 120_000);
afterAll(async () => u?.schliessen());

const demo = 'bagues-amtshilfe-2025';

/** Eine neue Fassung, wie der Plattformbetrieb sie anlegt (Beträge als Beispiel gekennzeichnet). */
async function neueFassung(id: string, gueltigAb = '2026-01-01') {
  const r = await betrieb.post('/api/v1/vereinbarungen', {
    id,
    bezeichnung: `Verwaltungsvereinbarung Amtshilfe (${id}) – BEISPIELBETRÄGE`,
    gueltigAb,
    pauschalen: { gesamtplanung: 26000, hausbesuch: 11000 },
    quelle: 'Testfassung; Beträge sind Beispiele.',
    beispiel: true,
  });
  expect(r.statusCode, r.body).toBe(201);
  return r;
}

async function beitrittVon(c: Client, traegerId: string, vereinbarungId = demo) {
  const r = await c.get(`/api/v1/beitritte?traeger=${traegerId}&vereinbarung=${vereinbarungId}`);
  expect(r.statusCode).toBe(200);
  const [b] = r.json();
  return b as { id: string; version: number; wirksamAb: string; ausgetretenAm: string | null };
}

describe(`Vereinbarungen und Beitritte (${testDb})`, () => {
  it('zeigt jedem angemeldeten Benutzer die Fassungen und die Mitgliederliste', async () => {
    for (const name of ['prignitz', 'schwaben', 'datenschutz.schwaben', 'betrieb']) {
      const c = await u.als(name);
      const fassungen = await c.get('/api/v1/vereinbarungen');
      expect(fassungen.statusCode).toBe(200);
      expect(fassungen.json()).toEqual(
        expect.arrayContaining([expect.objectContaining({ id: demo, gueltigAb: '2025-01-01', beispiel: true })]),
      );
      const mitglieder = await c.get(`/api/v1/beitritte?vereinbarung=${demo}`);
      expect(
        mitglieder
          .json()
          .map((b: { traegerId: string }) => b.traegerId)
          .sort(),
      ).toEqual(['12052', '12070', 'bezirk-mittelfranken', 'bezirk-schwaben', 'lasv-bb'].sort());
    }
    const eine = await (await u.als('cottbus')).get(`/api/v1/vereinbarungen/${demo}`);
    expect(eine.statusCode).toBe(200);
    expect(eine.headers.etag).toBe('"1"');
    expect(eine.json().mitglieder.map((m: { traeger: { name: string } }) => m.traeger.name)).toEqual(
      expect.arrayContaining(['Stadt Cottbus', 'Landkreis Prignitz', 'Bezirk Schwaben']),
    );
    expect((await betrieb.get('/api/v1/vereinbarungen/gibt-es-nicht')).statusCode).toBe(404);
    expect((await u.ohneAnmeldung().get('/api/v1/vereinbarungen')).statusCode).toBe(401);
  });

  it('lässt den Plattformbetrieb eine neue Fassung anlegen und mit If-Match ändern (428 ohne, 412 veraltet)', async () => {
    const r = await neueFassung('amtshilfe-2026-a');
    expect(r.headers.location).toBe('/api/v1/vereinbarungen/amtshilfe-2026-a');
    expect(r.headers.etag).toBe('"1"');
    expect(r.json()).toMatchObject({ gueltigAb: '2026-01-01', pauschalen: { gesamtplanung: 26000 }, beispiel: true, version: 1 });

    const doppelt = await betrieb.post('/api/v1/vereinbarungen', {
      id: 'amtshilfe-2026-a',
      bezeichnung: 'Doppelt',
      gueltigAb: '2026-01-01',
      pauschalen: {},
      quelle: 'Test',
    });
    expect(doppelt.statusCode).toBe(400);
    expect(doppelt.json().fehler[0].pfad).toBe('/id');

    const pfad = '/api/v1/vereinbarungen/amtshilfe-2026-a';
    expect((await betrieb.patch(pfad, { pauschalen: { gesamtplanung: 27000 } })).statusCode).toBe(428);
    const geaendert = await betrieb.patch(pfad, { pauschalen: { gesamtplanung: 27000 } }, { 'if-match': '"1"' });
    expect(geaendert.statusCode).toBe(200);
    expect(geaendert.headers.etag).toBe('"2"');
    expect(geaendert.json().pauschalen).toEqual({ gesamtplanung: 27000 });
    const veraltet = await betrieb.patch(pfad, { quelle: 'Zu spät' }, { 'if-match': '"1"' });
    expect(veraltet.statusCode).toBe(412);
    expect((await betrieb.get(pfad)).json()).toMatchObject({ version: 2, quelle: 'Testfassung; Beträge sind Beispiele.' });
    expect((await betrieb.patch('/api/v1/vereinbarungen/gibt-es-nicht', { quelle: 'X' }, { 'if-match': '"1"' })).statusCode).toBe(404);
  });

  it('verweigert Sachbearbeitung, Kostenerstattung und Administration das Anlegen und Ändern von Fassungen (403)', async () => {
    const body = { id: 'amtshilfe-verboten', bezeichnung: 'Nein', gueltigAb: '2026-01-01', pauschalen: {}, quelle: 'Test' };
    for (const name of ['cottbus', 'schwaben', 'admin.schwaben']) {
      const c = await u.als(name);
      const anlegen = await c.post('/api/v1/vereinbarungen', body);
      expect(anlegen.statusCode).toBe(403);
      expect(anlegen.json().detail).toMatch(/plattformbetrieb/);
      const aendern = await c.patch(`/api/v1/vereinbarungen/${demo}`, { pauschalen: { gesamtplanung: 1 } }, { 'if-match': '"1"' });
      expect(aendern.statusCode).toBe(403);
    }
    expect((await betrieb.get(`/api/v1/vereinbarungen/${demo}`)).json()).toMatchObject({
      version: 1,
      pauschalen: { gesamtplanung: 25000 },
    });
    expect((await betrieb.get('/api/v1/vereinbarungen/amtshilfe-verboten')).statusCode).toBe(404);
  });

  it('lässt die Administration nur für den eigenen Träger beitreten, frühestens ab Geltung der Fassung', async () => {
    await neueFassung('amtshilfe-2026-b');
    const fremd = await admin.post('/api/v1/beitritte', {
      traegerId: 'bezirk-mittelfranken',
      vereinbarungId: 'amtshilfe-2026-b',
      erklaertAm: '2025-11-15',
      wirksamAb: '2026-01-01',
    });
    expect(fremd.statusCode).toBe(403);

    const zuFrueh = await admin.post('/api/v1/beitritte', {
      vereinbarungId: 'amtshilfe-2026-b',
      erklaertAm: '2025-11-15',
      wirksamAb: '2025-12-01',
    });
    expect(zuFrueh.statusCode).toBe(400);
    // Die Sachbearbeitung liest das Datum deutsch (TT.MM.JJJJ), nicht als ISO-Datum.
    expect(zuFrueh.json().fehler).toEqual([
      { pfad: '/wirksamAb', meldung: 'Ein Beitritt wirkt frühestens ab Geltung der Vereinbarung (01.01.2026).' },
    ]);

    const unbekannt = await admin.post('/api/v1/beitritte', {
      vereinbarungId: 'gibt-es-nicht',
      erklaertAm: '2025-11-15',
      wirksamAb: '2026-01-01',
    });
    expect(unbekannt.statusCode).toBe(400);
    expect(unbekannt.json().fehler[0].pfad).toBe('/vereinbarungId');

    const sachbearbeitung = await (
      await u.als('cottbus')
    ).post('/api/v1/beitritte', {
      vereinbarungId: 'amtshilfe-2026-b',
      erklaertAm: '2025-11-15',
      wirksamAb: '2026-01-01',
    });
    expect(sachbearbeitung.statusCode).toBe(403);

    const ok = await admin.post('/api/v1/beitritte', {
      vereinbarungId: 'amtshilfe-2026-b',
      erklaertAm: '2025-11-15',
      wirksamAb: '2026-01-01',
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.headers.etag).toBe('"1"');
    expect(ok.json()).toMatchObject({
      traegerId: 'bezirk-schwaben',
      vereinbarungId: 'amtshilfe-2026-b',
      wirksamAb: '2026-01-01',
      ausgetretenAm: null,
    });
    expect((await beitrittVon(betrieb, 'bezirk-schwaben', 'amtshilfe-2026-b')).id).toBe(ok.json().id);

    // Ein zweiter Beitritt während der laufenden Mitgliedschaft wäre eine doppelte Mitgliedschaft.
    const nochmal = await admin.post('/api/v1/beitritte', {
      vereinbarungId: 'amtshilfe-2026-b',
      erklaertAm: '2025-11-20',
      wirksamAb: '2026-02-01',
    });
    expect(nochmal.statusCode).toBe(409);
  });

  it('lässt den Plattformbetrieb für jeden Träger im Register beitreten, nicht für unbekannte', async () => {
    await neueFassung('amtshilfe-2026-c');
    const ohneTraeger = await betrieb.post('/api/v1/beitritte', {
      vereinbarungId: 'amtshilfe-2026-c',
      erklaertAm: '2025-11-15',
      wirksamAb: '2026-01-01',
    });
    expect(ohneTraeger.statusCode).toBe(400);
    expect(ohneTraeger.json().fehler[0].pfad).toBe('/traegerId');
    const unbekannt = await betrieb.post('/api/v1/beitritte', {
      traegerId: 'gibt-es-nicht',
      vereinbarungId: 'amtshilfe-2026-c',
      erklaertAm: '2025-11-15',
      wirksamAb: '2026-01-01',
    });
    expect(unbekannt.statusCode).toBe(400);
    expect(unbekannt.json().fehler[0].pfad).toBe('/traegerId');
    const ok = await betrieb.post('/api/v1/beitritte', {
      traegerId: 'bezirk-mittelfranken',
      vereinbarungId: 'amtshilfe-2026-c',
      erklaertAm: '2025-11-15',
      wirksamAb: '2026-01-01',
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().traegerId).toBe('bezirk-mittelfranken');
  });

  it('lässt den Austritt nur für den eigenen Träger erklären; ein fremder Träger bekommt 403, auch mit veraltetem If-Match', async () => {
    const fremd = await beitrittVon(admin, 'bezirk-mittelfranken');
    for (const etag of [`"${fremd.version}"`, '"99"']) {
      const r = await admin.patch(`/api/v1/beitritte/${fremd.id}`, { ausgetretenAm: '2025-12-31' }, { 'if-match': etag });
      expect(r.statusCode).toBe(403);
    }
    expect(await beitrittVon(betrieb, 'bezirk-mittelfranken')).toMatchObject({ version: 1, ausgetretenAm: null });

    const eigen = await beitrittVon(admin, 'bezirk-schwaben');
    const leitung = await u.als('leitung.schwaben');
    expect((await leitung.patch(`/api/v1/beitritte/${eigen.id}`, { ausgetretenAm: '2025-12-31' }, { 'if-match': '"1"' })).statusCode).toBe(
      403,
    );
    const vorBeitritt = await admin.patch(`/api/v1/beitritte/${eigen.id}`, { ausgetretenAm: '2024-12-31' }, { 'if-match': '"1"' });
    expect(vorBeitritt.statusCode).toBe(400);
    expect(vorBeitritt.json().fehler).toEqual([
      { pfad: '/ausgetretenAm', meldung: 'Der Austritt kann nicht vor dem Wirksamwerden des Beitritts (01.01.2025) liegen.' },
    ]);
    expect((await admin.patch(`/api/v1/beitritte/${eigen.id}`, { ausgetretenAm: '2025-12-31' })).statusCode).toBe(428);

    const austritt = await admin.patch(`/api/v1/beitritte/${eigen.id}`, { ausgetretenAm: '2025-12-31' }, { 'if-match': '"1"' });
    expect(austritt.statusCode).toBe(200);
    expect(austritt.headers.etag).toBe('"2"');
    expect(austritt.json()).toMatchObject({ traegerId: 'bezirk-schwaben', ausgetretenAm: '2025-12-31', version: 2 });
    const veraltet = await admin.patch(`/api/v1/beitritte/${eigen.id}`, { ausgetretenAm: null }, { 'if-match': '"1"' });
    expect(veraltet.statusCode).toBe(412);
    expect(await beitrittVon(await u.als('prignitz'), 'bezirk-schwaben')).toMatchObject({ ausgetretenAm: '2025-12-31' });

    // Nach dem Austritt ist ein neuer Beitritt möglich, wirksam ab dem Tag des Austritts.
    const wieder = await admin.post('/api/v1/beitritte', { vereinbarungId: demo, erklaertAm: '2025-12-01', wirksamAb: '2025-12-31' });
    expect(wieder.statusCode).toBe(201);
    expect((await betrieb.get(`/api/v1/beitritte?traeger=bezirk-schwaben&vereinbarung=${demo}`)).json()).toHaveLength(2);
    // Den Austritt zurückzunehmen hieße jetzt: zwei Mitgliedschaften zugleich (409).
    const zuruecknehmen = await admin.patch(`/api/v1/beitritte/${eigen.id}`, { ausgetretenAm: null }, { 'if-match': '"2"' });
    expect(zuruecknehmen.statusCode).toBe(409);
  });
});
