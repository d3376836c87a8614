// Ein großer Import hält andere Träger nicht auf (Issue 15): Auf PGlite (eine Verbindung) schreibt
// der Massenpfad in kurzen Transaktionen; dazwischen werden andere Anfragen bedient. Sichtbar wird
// der Import erst ganz (für den importierenden und den verpflichteten Träger); ein Fehler in der
// letzten Zeile hinterlässt nichts, auch keine unsichtbaren Zeilen.
//
// Zeitmessung: Die Grenze von 1 s gilt für die längste Wartezeit einer Leseanfrage, während der
// Import selbst mehrere Sekunden läuft (Datei mit 2.000 Ansprüchen, 24.000 Zeilen; auf der
// Entwicklungsmaschine 5–8 s, auf einer belasteten Maschine länger). Hielte der Import die
// Verbindung wie früher in einer Transaktion, wartete eine Leseanfrage so lange wie der ganze
// Schreibteil (mehrere Sekunden); eine Transaktion je Stapel dauert etwa 0,1 s. Die Grenze lässt
// so auf einem belasteten Rechner (2 Kerne, weitere Tests) das Zehnfache Luft und trennt dennoch
// sicher zwischen „zwischendurch bedient“ und „bis zum Ende blockiert“.
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type Umgebung, baueUmgebung } from '../test/umgebung.ts';
import type { Importbericht } from './erstattung-import.ts';
import { testCsv } from './testdaten.ts';

let u: Umgebung;
let schwaben: Client;
let mittelfranken: Client;

beforeAll(async () => {
  u = await baueUmgebung();
  [schwaben, mittelfranken] = await Promise.all([u.als('schwaben'), u.als('mittelfranken')]);
}, 180_000);
afterAll(async () => {
  await u?.schliessen();
});

const csv = { 'content-type': 'text/csv' };
/** Protokollzeilen des Anlegens (Leseanfragen schreiben eigene Zeilen). */
const anlegen = "aktion = 'anlegen' and objekt_art = 'erstattungsanspruch'";
const pause = (ms: number) => new Promise((weiter) => setTimeout(weiter, ms));

async function zaehle(tabelle: string, bedingung = 'true'): Promise<number> {
  const [z] = await u.datenbank.roh<{ n: string }>(`select count(*) as n from ${tabelle} where ${bedingung}`);
  return Number(z?.n);
}

interface Beobachtung {
  latenzen: number[];
  /** Gesehene Ansprüche mit dem Präfix: [verpflichteter Träger, importierender Träger]. */
  gesehen: [number, number][];
  fehler: string[];
}

/** Liest, bis `fertig` gesetzt ist, abwechselnd als Verpflichteter und als Importierender. */
function beobachte(praefix: string, signal: { fertig: boolean }): { ergebnis: Promise<Beobachtung> } {
  const b: Beobachtung = { latenzen: [], gesehen: [], fehler: [] };
  const ergebnis = (async () => {
    while (!signal.fertig) {
      // Jede Anfrage mit ihrer eigenen Wartezeit (die drei laufen gleichzeitig).
      const gemessen = async (anfrage: Promise<LightMyRequestResponse>) => {
        const t0 = performance.now();
        const r = await anfrage;
        b.latenzen.push(performance.now() - t0);
        return r;
      };
      const [andere, eigene, fristen] = await Promise.all([
        gemessen(mittelfranken.get(`/api/v1/erstattungsansprueche?richtung=eingehend&suche=${praefix}-`)),
        gemessen(schwaben.get(`/api/v1/erstattungsansprueche?suche=${praefix}-`)),
        gemessen(mittelfranken.get('/api/v1/fristen')),
      ]);
      for (const r of [andere, eigene, fristen]) if (r.statusCode !== 200) b.fehler.push(`${r.statusCode} ${r.body}`);
      b.gesehen.push([andere.json<{ gesamt: number }>().gesamt, eigene.json<{ gesamt: number }>().gesamt]);
      await pause(20);
    }
    return b;
  })();
  return { ergebnis };
}

describe('Import neben anderen Anfragen (PGlite: eine Verbindung)', () => {
  it('während eines großen Imports antworten Leseanfragen anderer Träger in unter 1 s; sichtbar wird der Import erst ganz', async () => {
    const ansprueche = 2000;
    const datei = testCsv({ ansprueche, zeitraeumeJeAnspruch: 12, praefix: 'NEBEN', angemeldet: 1 });
    const vorherProtokoll = await zaehle('protokoll', anlegen);
    const signal = { fertig: false };
    const { ergebnis } = beobachte('NEBEN', signal);
    const t0 = performance.now();
    const r = await schwaben.post('/api/v1/import/erstattungsansprueche', datei, csv);
    const dauer = performance.now() - t0;
    signal.fertig = true;
    const b = await ergebnis;
    console.log(JSON.stringify({ dauer: Math.round(dauer), lesungen: b.latenzen.length, max: Math.round(Math.max(...b.latenzen)) }));

    expect(r.statusCode, r.body).toBe(201);
    expect(r.json<Importbericht>()).toMatchObject({ ok: true, ansprueche, zeitraeume: ansprueche * 12, verarbeitung: 'masse' });
    expect(b.fehler).toEqual([]);
    // Während des Imports wurde oft gelesen, und keine Lesung wartete auf ihn: Eine Lesung hinter dem
    // Import wartete fast so lange wie er selbst. Darum gilt die Schranke relativ (höchstens die halbe
    // Dauer des Imports) und absolut (unter 1 s). Auf PostgreSQL ist der Import auf einem ruhigen
    // Rechner in 1 bis 1,5 s fertig (57 Lesungen, höchstens 255 ms), auf PGlite in rund 10 s – eine
    // feste Mindestdauer des Imports machte den Test vom Rechner abhängig.
    expect(b.latenzen.length).toBeGreaterThan(10);
    expect(Math.max(...b.latenzen)).toBeLessThan(Math.min(1000, dauer / 2));
    // Vor der Freigabe sah niemand etwas: nur 0 (vorher) oder alles (nach der Freigabe).
    for (const [andere, eigene] of b.gesehen) {
      expect([0, ansprueche]).toContain(andere);
      expect([0, ansprueche]).toContain(eigene);
    }
    expect(b.gesehen.some(([andere]) => andere === 0)).toBe(true);
    const nachher = await mittelfranken.get('/api/v1/erstattungsansprueche?richtung=eingehend&suche=NEBEN-');
    expect(nachher.json()).toMatchObject({ gesamt: ansprueche });
    expect(await zaehle('protokoll', anlegen)).toBe(vorherProtokoll + ansprueche);
    expect(await zaehle('import_lauf')).toBe(0);
    expect(await zaehle('import_protokoll')).toBe(0);
    expect(await zaehle('erstattungsanspruch', 'import_lauf is not null')).toBe(0);
  }, 300_000);

  it('ein Fehler in der letzten Zeile nach vielen geschriebenen Stapeln hinterlässt nichts', async () => {
    const zeilen = testCsv({ ansprueche: 600, zeitraeumeJeAnspruch: 12, praefix: 'LETZT', angemeldet: 1 }).split('\r\n');
    const kopf = (zeilen[0] ?? '').split(';');
    const letzte = zeilen.filter(Boolean).length - 1;
    const z = (zeilen[letzte] ?? '').split(';');
    z[kopf.indexOf('Betrag (€)')] = 'zwölf Euro';
    zeilen[letzte] = z.join(';');
    const vorher = {
      ansprueche: await zaehle('erstattungsanspruch'),
      zeitraeume: await zaehle('leistungszeitraum'),
      fristen: await zaehle('frist'),
      entscheidungen: await zaehle('entscheidung'),
      protokoll: await zaehle('protokoll', anlegen),
    };
    const signal = { fertig: false };
    const { ergebnis } = beobachte('LETZT', signal);
    const r = await schwaben.post('/api/v1/import/erstattungsansprueche', zeilen.join('\r\n'), csv);
    signal.fertig = true;
    const b = await ergebnis;
    expect(r.statusCode, r.body).toBe(422);
    expect(r.json<{ bericht: Importbericht }>().bericht.fehler).toEqual([
      { zeile: letzte + 1, spalte: 'Betrag (€)', meldung: expect.stringContaining('zwölf Euro') },
    ]);
    expect(b.gesehen.every(([andere, eigene]) => andere === 0 && eigene === 0)).toBe(true);
    expect({
      ansprueche: await zaehle('erstattungsanspruch'),
      zeitraeume: await zaehle('leistungszeitraum'),
      fristen: await zaehle('frist'),
      entscheidungen: await zaehle('entscheidung'),
      protokoll: await zaehle('protokoll', anlegen),
    }).toEqual(vorher);
    expect(await zaehle('import_lauf')).toBe(0);
    expect(await zaehle('import_protokoll')).toBe(0);
  }, 300_000);
});
