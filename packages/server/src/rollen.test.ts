// Geringste Rechte je Rolle: Administration pflegt Benutzer und Stammdaten, Datenschutz liest das
// Protokoll. Keine der beiden liest Fristen, Fälle, Ansprüche, Ersuchen oder die Briefe dazu; die
// Fachrollen behalten ihren Zugang, die Administration ihre Beitrittserklärung.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heute } from './anwendungsfaelle/gemeinsam.ts';
import { type Client, type Umgebung, baueUmgebung, testDb } from './test/umgebung.ts';

let u: Umgebung;
let schwaben: Client;
let admin: Client;
let datenschutz: Client;
let anspruchId: string;
let briefId: string;

beforeAll(async () => {
  u = await baueUmgebung();
  [schwaben, admin, datenschutz] = await Promise.all([u.als('schwaben'), u.als('admin.schwaben'), u.als('datenschutz.schwaben')]);
  const liste = (await schwaben.get('/api/v1/erstattungsansprueche?richtung=ausgehend&suche=-0420')).json<{
    eintraege: { id: string }[];
  }>();
  anspruchId = liste.eintraege[0]?.id ?? '';
  // Die Anmeldung braucht den Tag des Eingangs beim Verpflichteten (heute, z. B. per E-Mail) und die
  // Zeiträume, die geltend gemacht werden (hier alle, ausdrücklich gewählt). „Heute“ ist der Tag in
  // Berlin wie im Server – zwischen 23 und 24 Uhr UTC ist der UTC-Tag schon gestern.
  const vorlagen = (await schwaben.get(`/api/v1/erstattungsansprueche/${anspruchId}/vorlagen`)).json<{
    eintraege: { vorlage: string; zeitraeume?: { id: string }[] }[];
  }>();
  const zeitraeume = (vorlagen.eintraege.find((e) => e.vorlage === 'anmeldung')?.zeitraeume ?? []).map((z) => z.id);
  const brief = await schwaben.post(`/api/v1/erstattungsansprueche/${anspruchId}/briefe`, {
    vorlage: 'anmeldung',
    geltendmachung: heute(),
    zeitraeume,
  });
  expect(brief.statusCode, brief.body).toBe(201);
  briefId = brief.json<{ id: string }>().id;
}, 120_000);
afterAll(async () => u?.schliessen());

/** Was Administration und Datenschutz nicht brauchen: Akten, Fristen und Briefe der Akten. */
const akten = (): [string, string][] => [
  ['GET', '/api/v1/fristen'],
  ['GET', '/api/v1/fristen/uebersicht'],
  ['GET', '/api/v1/faelle'],
  ['GET', '/api/v1/erstattungsansprueche'],
  ['GET', `/api/v1/erstattungsansprueche/${anspruchId}`],
  ['GET', `/api/v1/erstattungsansprueche/${anspruchId}/dokumente`],
  ['GET', `/api/v1/erstattungsansprueche/${anspruchId}/vorlagen`],
  ['POST', `/api/v1/erstattungsansprueche/${anspruchId}/briefe`],
  ['GET', `/api/v1/dokumente/${briefId}`],
  ['GET', '/api/v1/amtshilfeersuchen'],
  ['GET', '/api/v1/mehrkostenvergleiche'],
  ['GET', '/api/v1/export/erstattungsansprueche?format=csv'],
  ['GET', '/api/v1/export/faelle?format=csv'],
];

async function anfrage(c: Client, methode: string, url: string) {
  return methode === 'GET' ? c.get(url) : c.post(url, { vorlage: 'erinnerung' });
}

describe(`Rollen (${testDb})`, () => {
  it('die Kostenerstattung liest Fristen, den Anspruch und seinen Brief', async () => {
    for (const url of [
      '/api/v1/fristen',
      '/api/v1/fristen/uebersicht',
      `/api/v1/erstattungsansprueche/${anspruchId}`,
      `/api/v1/dokumente/${briefId}`,
    ])
      expect((await schwaben.get(url)).statusCode, url).toBe(200);
  });

  for (const [rolle, client] of [
    ['Administration', () => admin],
    ['Datenschutz', () => datenschutz],
  ] as const)
    it(`${rolle}: 403 für Fristen, Fälle, Ansprüche, Ersuchen, Exporte und Briefe der Akten – kein Lese-Eintrag im Protokoll`, async () => {
      const vorher = await u.datenbank.roh<{ n: string }>(`select count(*) as n from protokoll where objekt_id = $1`, [briefId]);
      for (const [methode, url] of akten()) {
        const r = await anfrage(client(), methode, url);
        expect(r.statusCode, `${methode} ${url}: ${r.body}`).toBe(403);
        expect(r.json().title).toBe('Nicht erlaubt');
      }
      const nachher = await u.datenbank.roh<{ n: string }>(`select count(*) as n from protokoll where objekt_id = $1`, [briefId]);
      expect(nachher).toEqual(vorher);
    });

  it('Datenschutz liest das Protokoll; die Administration nicht', async () => {
    expect((await datenschutz.get('/api/v1/protokoll')).statusCode).toBe(200);
    expect((await admin.get('/api/v1/protokoll')).statusCode).toBe(403);
  });

  it('die Administration pflegt Stammdaten und schreibt die Beitrittserklärung; Datenschutz ändert keine Stammdaten', async () => {
    const t = await admin.get('/api/v1/traeger/bezirk-schwaben');
    const ok = await admin.patch(
      '/api/v1/traeger/bezirk-schwaben',
      { kontakt: { telefon: '0821 3101-0' } },
      { 'if-match': String(t.headers.etag) },
    );
    expect(ok.statusCode).toBe(200);
    const ds = await datenschutz.patch(
      '/api/v1/traeger/bezirk-schwaben',
      { kontakt: { telefon: '0' } },
      { 'if-match': String(ok.headers.etag) },
    );
    expect(ds.statusCode).toBe(403);

    const beitritte = (await admin.get('/api/v1/beitritte?traeger=bezirk-schwaben')).json<{ id: string }[]>();
    const b = await admin.post(`/api/v1/beitritte/${beitritte[0]?.id}/briefe`, { vorlage: 'beitrittserklaerung' });
    expect(b.statusCode, b.body).toBe(201);
    expect((await admin.get(`/api/v1/dokumente/${b.json<{ id: string }>().id}`)).statusCode).toBe(200);
    expect((await datenschutz.get(`/api/v1/dokumente/${b.json<{ id: string }>().id}`)).statusCode).toBe(403);
  });
});
