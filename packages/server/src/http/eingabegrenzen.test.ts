// Keine 5xx aus Eingaben: NUL-Zeichen, Zahlen außerhalb des Bereichs, zu tiefes JSON, zu große
// Körper und unvollständige Personen werden mit 400/413 und deutscher Meldung beantwortet; nichts
// wird gespeichert. Das Betriebsprotokoll schreibt JSON-Zeilen mit Anfragekennung, ohne Sozialdaten.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baueApp } from '../app.ts';
import { testCsv } from '../austausch/testdaten.ts';
import { type Client, type Umgebung, baueUmgebung, testDb } from '../test/umgebung.ts';
import { jsonTiefe } from './eingabegrenzen.ts';
import { logStufeAusUmgebung } from './protokollierung.ts';

let u: Umgebung;
let prignitz: Client;

beforeAll(async () => {
  u = await baueUmgebung();
  prignitz = await u.als('prignitz');
}, 120_000);
afterAll(async () => u?.schliessen());

const anzahlFaelle = async () => Number((await u.datenbank.roh<{ n: string }>('select count(*) as n from fall'))[0]?.n);

function erwarteEingabefehler(
  r: { statusCode: number; headers: Record<string, unknown>; json: () => unknown },
  pfad: string,
  text: RegExp,
) {
  expect(r.statusCode).toBe(400);
  expect(String(r.headers['content-type'])).toMatch(/^application\/problem\+json/);
  const p = r.json() as { title: string; fehler: { pfad: string; meldung: string }[] };
  expect(p.title).toBe('Ungültige Eingabe');
  expect(p.fehler[0]?.pfad).toBe(pfad);
  expect(p.fehler[0]?.meldung).toMatch(text);
}

describe(`Eingabegrenzen (${testDb})`, () => {
  it('NUL im Abfrageparameter, im Pfad, im Körper (Wert und Schlüssel) und bei der Anmeldung: 400 mit dem Feld, nichts gespeichert', async () => {
    const vorher = await anzahlFaelle();
    erwarteEingabefehler(await prignitz.get('/api/v1/faelle?suche=M%00ller'), '/suche', /^Abfrageparameter suche: .*NUL/);
    erwarteEingabefehler(await prignitz.get('/api/v1/faelle/00000000-0000-4000-8000-00000000000%00'), '/id', /^Pfadparameter id: .*NUL/);
    erwarteEingabefehler(
      await prignitz.post('/api/v1/faelle', { aktenzeichen: 'NUL-1', person: { nachname: 'Mül\u0000ler', vorname: 'Erika' } }),
      '/person/nachname',
      /NUL/,
    );
    erwarteEingabefehler(
      await prignitz.post('/api/v1/faelle', { aktenzeichen: 'NUL-2', person: { nachname: 'M', vorname: 'E' }, ['x\u0000']: 1 }),
      '/x\u0000',
      /NUL/,
    );
    erwarteEingabefehler(
      await u.ohneAnmeldung().post('/api/v1/sitzung', { benutzername: 'prignitz\u0000', passwort: 'demo' }),
      '/benutzername',
      /NUL/,
    );
    expect(await anzahlFaelle()).toBe(vorher);
  });

  it('NUL in einer Zelle einer Importdatei (Ansprüche, Fälle): 422 mit Zeile und Spalte statt 500, nichts gespeichert', async () => {
    const vorher = await anzahlFaelle();
    const csv = { 'content-type': 'text/csv' };
    const anspruch = testCsv({ ansprueche: 2, zeitraeumeJeAnspruch: 1, praefix: 'NUL\u0000X' });
    for (const verarbeitung of ['einzeln', 'masse']) {
      const r = await (await u.als('schwaben')).post(`/api/v1/import/erstattungsansprueche?verarbeitung=${verarbeitung}`, anspruch, csv);
      expect(r.statusCode).toBe(422);
      expect(r.json().bericht.fehler[0]).toMatchObject({
        zeile: 2,
        meldung: expect.stringContaining('Zeile 2, Spalte 1 enthält das Steuerzeichen NUL'),
      });
    }
    const fall = await prignitz.post('/api/v1/import/faelle', 'Aktenzeichen;Nachname;Vorname\r\nA1;Mus\u0000ter;Erika\r\n', csv);
    expect(fall.statusCode).toBe(422);
    expect(fall.json().bericht.fehler[0].meldung).toContain('Zeile 2, Spalte 2 enthält das Steuerzeichen NUL');
    expect(await anzahlFaelle()).toBe(vorher);
  });

  it('Seitenzahlen außerhalb des Bereichs (1e99, 99999999999) in jeder Liste: 400 statt 500', async () => {
    const kostenerstattung = await u.als('schwaben');
    for (const [c, liste] of [
      [prignitz, 'faelle'],
      [kostenerstattung, 'erstattungsansprueche'],
      [prignitz, 'fristen'],
    ] as const)
      for (const seite of ['1e99', '99999999999'])
        erwarteEingabefehler(
          await c.get(`/api/v1/${liste}?seite=${seite}`),
          '/seite',
          /^Abfrageparameter seite: .*zu groß; höchstens 1\.000\.000/,
        );
  });

  it('JSON 5.000 Ebenen tief (Liste und Objekt): 400 mit deutscher Meldung, nicht die Meldung von Fastify', async () => {
    expect(jsonTiefe('{"a": "[[[[", "b": [[1]]}')).toBe(3);
    for (const tief of ['['.repeat(5000) + ']'.repeat(5000), `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`]) {
      const r = await prignitz.post('/api/v1/faelle', tief, { 'content-type': 'application/json' });
      erwarteEingabefehler(r, '', /^Das JSON ist zu tief verschachtelt \(höchstens 64 Ebenen\)\.$/);
    }
    // Fastifys Schutz vor __proto__ bleibt.
    const proto = await prignitz.post('/api/v1/faelle', '{"__proto__": {"x": 1}}', { 'content-type': 'application/json' });
    expect(proto.statusCode).toBe(400);
  });

  it('ein zu großer Körper: 413 als deutsches Problem-JSON', async () => {
    const r = await prignitz.post('/api/v1/faelle', `"${'x'.repeat(11 * 1024 * 1024)}"`, { 'content-type': 'application/json' });
    expect(r.statusCode).toBe(413);
    expect(r.json()).toMatchObject({ title: 'Anfrage zu groß', status: 413, detail: 'Die Anfrage ist größer als 10 MB.' });
  });

  it('ein nie ausgegebenes ETag jenseits der Versionsspalte (If-Match "99999999999999999999"): 412 statt 500', async () => {
    const liste = (await prignitz.get('/api/v1/faelle?proSeite=1')).json<{ eintraege: { id: string }[] }>();
    const url = `/api/v1/faelle/${liste.eintraege[0]?.id}`;
    for (const etag of ['"99999999999999999999"', '"2147483648"'])
      expect((await prignitz.patch(url, { bemerkung: 'x' }, { 'if-match': etag })).statusCode).toBe(412);
  });

  it('ein Fall mit person: {} – 400, die fehlenden Felder genannt', async () => {
    const vorher = await anzahlFaelle();
    const r = await prignitz.post('/api/v1/faelle', { aktenzeichen: 'LEER-1', person: {} });
    expect(r.statusCode).toBe(400);
    expect(r.json().fehler).toEqual([
      { pfad: '/person/nachname', meldung: 'Pflichtfeld fehlt.' },
      { pfad: '/person/vorname', meldung: 'Pflichtfeld fehlt.' },
    ]);
    expect(await anzahlFaelle()).toBe(vorher);
  });
});

describe('Betriebsprotokoll', () => {
  let app: FastifyInstance;
  const zeilen: string[] = [];

  beforeAll(async () => {
    app = await baueApp({ datenbank: u.datenbank, logger: { stufe: 'info', ziel: { write: (z) => void zeilen.push(z) } } });
    app.get('/api/v1/kaputt', { config: { oeffentlich: true } }, () => {
      throw new Error('Failed query: insert into person values ($1)\nparams: Müller,Erika');
    });
    await app.ready();
  });
  afterAll(async () => app?.close());

  it('Stufe aus EGH_LOG: ohne Angabe info, „silent“ schaltet aus, Unbekanntes wird gemeldet', () => {
    expect(logStufeAusUmgebung(undefined)).toBe('info');
    expect(logStufeAusUmgebung('silent')).toBe('silent');
    expect(logStufeAusUmgebung('WARN')).toBe('warn');
    expect(() => logStufeAusUmgebung('laut')).toThrow('EGH_LOG „laut“ ist keine Protokollstufe');
  });

  it('JSON-Zeilen mit Anfragekennung; weder Suchbegriffe, Körper noch Abfrageparameter eines Fehlers im Protokoll', async () => {
    const anmeldung = await app.inject({ method: 'POST', url: '/api/v1/sitzung', payload: { benutzername: 'prignitz', passwort: 'demo' } });
    const cookie = String(anmeldung.headers['set-cookie']).split(';')[0] ?? '';
    const csrf = anmeldung.json<{ csrfToken: string }>().csrfToken;
    await app.inject({ method: 'GET', url: '/api/v1/faelle?suche=Müller', headers: { cookie } });
    await app.inject({
      method: 'POST',
      url: '/api/v1/faelle',
      headers: { cookie, 'x-csrf-token': csrf },
      payload: { aktenzeichen: 'LOG-1', person: { nachname: 'Müller' } },
    });
    const kaputt = await app.inject({ method: 'GET', url: '/api/v1/kaputt' });
    expect(kaputt.statusCode).toBe(500);
    const kennung = String(kaputt.headers['x-anfrage-id']);
    expect(kaputt.json().detail).toContain(`Kennung der Anfrage: ${kennung}`);

    const json = zeilen.map((z) => JSON.parse(z) as { reqId?: string; level: number; msg: string; err?: { message: string } });
    expect(json.length).toBeGreaterThan(4);
    expect(json.filter((z) => z.msg === 'request completed').every((z) => typeof z.reqId === 'string')).toBe(true);
    const fehler = json.find((z) => z.level === 50);
    expect(fehler).toMatchObject({ reqId: kennung, msg: 'Unerwarteter Fehler' });
    expect(fehler?.err?.message).toContain('params: [entfernt]');
    expect(zeilen.join('\n')).not.toMatch(/Müller|M%C3%BCller|Erika|csrf|passwort|demo/i);
  });
});
