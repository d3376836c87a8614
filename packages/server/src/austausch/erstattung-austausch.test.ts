// Import und Export des Erstattungsbuchs über die API (PGlite und PostgreSQL): alles oder
// nichts mit Bericht je Zeile und Spalte, Rundreise Export → Import in eine zweite Datenbank,
// Massenpfad = Anwendungsfall, Filter und Sichtbarkeit des Exports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type Umgebung, baueUmgebung } from '../test/umgebung.ts';
import { liesZeilen } from './dateien.ts';
import { testCsv } from './testdaten.ts';
import type { Importbericht } from './erstattung-import.ts';

let a: Umgebung;
let b: Umgebung;
let schwabenA: Client;
let schwabenB: Client;

beforeAll(async () => {
  [a, b] = await Promise.all([baueUmgebung(), baueUmgebung()]);
  [schwabenA, schwabenB] = await Promise.all([a.als('schwaben'), b.als('schwaben')]);
}, 180_000);
afterAll(async () => {
  await a?.schliessen();
  await b?.schliessen();
});

const csv = { 'content-type': 'text/csv' };
const xlsx = { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

async function anzahl(u: Umgebung, tabelle: string): Promise<number> {
  const [z] = await u.datenbank.roh<{ n: string }>(`select count(*) as n from ${tabelle}`);
  return Number(z?.n);
}

/** Alle Zeilen einer exportierten Datei als Texte (CSV und XLSX gleich behandelt). */
async function zeilenVon(daten: Buffer): Promise<string[][]> {
  const aus: string[][] = [];
  for await (const z of liesZeilen(daten).zeilen)
    aus.push(z.zellen.map((x) => (x === null ? '' : x instanceof Date ? x.toISOString().slice(0, 10) : String(x))));
  return aus;
}

describe('Import: alles oder nichts', () => {
  it('eine Datei mit 1.000 Zeilen und einer fehlerhaften Zeile speichert nichts und nennt Zeile und Spalte', async () => {
    const zeilen = testCsv({ ansprueche: 100, zeitraeumeJeAnspruch: 10, praefix: 'EINS' }).split('\r\n');
    expect(zeilen.filter(Boolean)).toHaveLength(1001);
    // Zeile 538 der Datei (Kopfzeile = 1): ein 31. Februar als Ende des Zeitraums.
    const kaputt = (zeilen[537] ?? '').split(';');
    const bis = zeilen[0]?.split(';').indexOf('Zeitraum bis') ?? -1;
    kaputt[bis] = '31.02.2021';
    zeilen[537] = kaputt.join(';');
    const vorher = {
      ansprueche: await anzahl(a, 'erstattungsanspruch'),
      fristen: await anzahl(a, 'frist'),
      protokoll: await anzahl(a, 'protokoll'),
    };

    for (const verarbeitung of ['einzeln', 'masse']) {
      const r = await schwabenA.post(`/api/v1/import/erstattungsansprueche?verarbeitung=${verarbeitung}`, zeilen.join('\r\n'), csv);
      expect(r.statusCode, r.body).toBe(422);
      const bericht = r.json<{ detail: string; bericht: Importbericht }>().bericht;
      expect(bericht).toMatchObject({ ok: false, zeilen: 1000, ansprueche: 0, fehlerAnzahl: 1 });
      expect(bericht.fehler).toEqual([{ zeile: 538, spalte: 'Zeitraum bis', meldung: 'Kein gültiges Datum (TT.MM.JJJJ): „31.02.2021“.' }]);
      expect(r.json<{ detail: string }>().detail).toContain('nichts wurde gespeichert');
    }
    expect(await anzahl(a, 'erstattungsanspruch')).toBe(vorher.ansprueche);
    expect(await anzahl(a, 'frist')).toBe(vorher.fristen);
    expect(await anzahl(a, 'protokoll')).toBe(vorher.protokoll);
    const liste = await schwabenA.get('/api/v1/erstattungsansprueche?suche=EINS-');
    expect(liste.json()).toMatchObject({ gesamt: 0 });
  });

  it('meldet fachliche Fehler je Zeile: unbekannter Träger, abweichende Anspruchsangaben, Regelwerk, Status, Doppelimport', async () => {
    const zeilen = testCsv({ ansprueche: 4, zeitraeumeJeAnspruch: 2, praefix: 'FEHL', angemeldet: 0 }).split('\r\n');
    const kopf = (zeilen[0] ?? '').split(';');
    const setze = (zeile: number, spalte: string, wert: string) => {
      const z = (zeilen[zeile - 1] ?? '').split(';');
      z[kopf.indexOf(spalte)] = wert;
      zeilen[zeile - 1] = z.join(';');
    };
    setze(2, 'Verpflichteter Träger (Kennung)', 'bezirk-atlantis');
    setze(3, 'Verpflichteter Träger (Kennung)', 'bezirk-atlantis');
    setze(5, 'Kenntnis der Entscheidung', '01.01.2030'); // zweite Zeile von FEHL-000002 weicht ab
    setze(6, 'Art des verpflichteten Trägers', 'finanzamt');
    setze(7, 'Art des verpflichteten Trägers', 'finanzamt');
    setze(8, 'Weitere Angaben zur Rechtsgrundlage (JSON)', '{"verfahren":{"gibtEsNicht":true}}');
    setze(9, 'Weitere Angaben zur Rechtsgrundlage (JSON)', '{"verfahren":{"gibtEsNicht":true}}');
    const r = await schwabenA.post('/api/v1/import/erstattungsansprueche', zeilen.join('\r\n'), csv);
    expect(r.statusCode).toBe(422);
    const f = r.json<{ bericht: Importbericht }>().bericht.fehler;
    expect(f).toContainEqual({
      zeile: 2,
      spalte: 'Verpflichteter Träger (Kennung)',
      meldung: 'Träger „bezirk-atlantis“ ist nicht im Register.',
    });
    expect(f.find((x) => x.zeile === 5)).toMatchObject({
      spalte: 'Kenntnis der Entscheidung',
      meldung: expect.stringContaining('Weicht von Zeile 4 ab'),
    });
    expect(f.find((x) => x.zeile === 6)).toMatchObject({
      spalte: 'Art des verpflichteten Trägers',
      meldung: expect.stringContaining('Unbekannter Wert „finanzamt“'),
    });
    expect(f.find((x) => x.zeile === 8)).toMatchObject({ spalte: 'Weitere Angaben zur Rechtsgrundlage (JSON)' });

    // Ein angenommener Status wird geprüft; Ansprüche nach der Anerkennung sind keine Importdaten.
    const status = `Aktenzeichen;Verpflichteter Träger (Kennung);Leistungsbeginn;Zahlender Träger im Verfahren;Art des zahlenden Trägers;Art des verpflichteten Trägers;Zeitraum von;Zeitraum bis;Betrag (€);Status
ST-1;bezirk-mittelfranken;01.01.2024;vorlaeufig98;egh;egh;01.01.2024;31.01.2024;1.500,00;Anerkannt
`;
    const s = await schwabenA.post('/api/v1/import/erstattungsansprueche', status, csv);
    expect(s.json<{ bericht: Importbericht }>().bericht.fehler[0]).toMatchObject({
      zeile: 2,
      spalte: 'Status',
      meldung: expect.stringContaining('„Anerkannt“ können nicht importiert werden'),
    });

    // Zweimal dieselbe Datei: beim zweiten Mal wird nichts doppelt angelegt.
    const gut = testCsv({ ansprueche: 2, zeitraeumeJeAnspruch: 1, praefix: 'ZWEI' });
    expect((await schwabenA.post('/api/v1/import/erstattungsansprueche', gut, csv)).statusCode).toBe(201);
    const doppelt = await schwabenA.post('/api/v1/import/erstattungsansprueche', gut, csv);
    expect(doppelt.statusCode).toBe(422);
    expect(doppelt.json<{ bericht: Importbericht }>().bericht.fehler[0]).toMatchObject({
      zeile: 2,
      spalte: 'Aktenzeichen',
      meldung: expect.stringContaining('gibt es bei Ihrem Träger schon'),
    });

    // Die Sachbearbeitung importiert keine Erstattungsansprüche (Kostenerstattung, Leitung).
    const prignitz = await a.als('prignitz');
    expect((await prignitz.post('/api/v1/import/erstattungsansprueche', gut, csv)).statusCode).toBe(403);
  });

  it('ein angenommener Import legt die Ansprüche mit Rechtsgrundlage, Betrag und Fristen des Regelwerks an', async () => {
    const r = await schwabenA.post(
      '/api/v1/import/erstattungsansprueche?verarbeitung=einzeln',
      testCsv({ ansprueche: 3, zeitraeumeJeAnspruch: 12, praefix: 'GUT', angemeldet: 1 }),
      csv,
    );
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ ok: true, ansprueche: 3, zeitraeume: 36, verarbeitung: 'einzeln', fehlerAnzahl: 0 });
    const liste = await schwabenA.get('/api/v1/erstattungsansprueche?suche=GUT-&sortierung=aktenzeichen');
    const [erster] = liste.json<{ eintraege: { id: string }[] }>().eintraege;
    const voll = (await schwabenA.get(`/api/v1/erstattungsansprueche/${erster?.id}`)).json();
    expect(['Angemeldet', 'Beziffert']).toContain(voll.status);
    expect(voll.anspruchsgrundlage).toMatch(/§/);
    expect(voll.forderungCent).toBe(
      voll.leistungszeitraeume.reduce((s: number, z: { betragCent: number }) => s + z.betragCent, 0) +
        (voll.rechtsgrundlageEingabe.auslagenCent ?? 0),
    );
    expect(voll.leistungszeitraeume.every((z: { fristEnde: string | null }) => z.fristEnde)).toBe(true);
    expect(voll.rechtsgrundlage.begruendung.length).toBeGreaterThan(0);
    expect(voll.fristen.filter((f: { art: string }) => f.art === 'S111')).toHaveLength(12);
    expect(voll.fristenpruefung.ergebnis.verjaehrung.beginn).toBeTruthy();
  });
});

describe('Export → Import', () => {
  it('die Rundreise über CSV und XLSX in eine zweite Datenbank ergibt dasselbe Erstattungsbuch', async () => {
    const quelle = testCsv({ ansprueche: 30, zeitraeumeJeAnspruch: 12, praefix: 'RUND', angemeldet: 0.5 });
    expect((await schwabenA.post('/api/v1/import/erstattungsansprueche?verarbeitung=einzeln', quelle, csv)).statusCode).toBe(201);
    for (const format of ['csv', 'xlsx'] as const) {
      const exportA = await schwabenA.get(`/api/v1/export/erstattungsansprueche?format=${format}&suche=RUND-&richtung=ausgehend`);
      expect(exportA.statusCode).toBe(200);
      expect(exportA.headers['content-disposition']).toContain(`.${format}`);
      const datei = exportA.rawPayload;
      const zeilenA = await zeilenVon(datei);
      expect(zeilenA).toHaveLength(1 + 30 * 12);
      // In die zweite Datenbank: beim ersten Format neu, beim zweiten als Doppel abgelehnt.
      const imp = await schwabenB.post('/api/v1/import/erstattungsansprueche', datei, format === 'csv' ? csv : xlsx);
      if (format === 'csv') expect(imp.statusCode, imp.body).toBe(201);
      else expect(imp.json<{ bericht: Importbericht }>().bericht.fehlerAnzahl).toBe(30);
      const zeilenB = await zeilenVon(
        (await schwabenB.get(`/api/v1/export/erstattungsansprueche?format=${format}&suche=RUND-&richtung=ausgehend`)).rawPayload,
      );
      // Beträge, Zeiträume, Daten, Status, Rechtsgrundlage und Fristen (§ 111, § 113): alles gleich.
      expect(zeilenB).toEqual(zeilenA);
      const kopf = zeilenA[0] ?? [];
      for (const spalte of ['Betrag (€)', 'Zeitraum bis', 'Ausschlussfrist gewahrt', 'Forderung (€)'])
        expect(zeilenA.slice(1).every((z) => z[kopf.indexOf(spalte)] !== '')).toBe(true);
      // § 111 SGB X je Leistungsfall: ein Ende hat jede Frist, die begonnen hat – nicht die einer
      // laufenden Maßnahme; die Zeiträume einer Maßnahme teilen ihr Ende.
      const spalte = (z: string[], name: string) => z[kopf.indexOf(name)] ?? '';
      const laufend = (z: string[]) => ['ja', 'wahr', 'true'].includes(spalte(z, 'Maßnahme läuft').toLowerCase());
      expect(zeilenA.slice(1).every((z) => (spalte(z, 'Ende Ausschlussfrist (§ 111 SGB X)') === '') === laufend(z))).toBe(true);
      expect(zeilenA.slice(1).some(laufend)).toBe(true);
      const wohnen = zeilenA
        .slice(1)
        .filter((z) => spalte(z, 'Maßnahme') === 'Wohnen' && !laufend(z) && spalte(z, 'Aktenzeichen') === 'RUND-000002');
      expect(wohnen).toHaveLength(6);
      expect(new Set(wohnen.map((z) => spalte(z, 'Ende Ausschlussfrist (§ 111 SGB X)'))).size).toBe(1);
    }
  });

  it('der Massenpfad ergibt dieselben Ansprüche, Zeiträume, Fristen und Rechtsgrundlagen wie der Anwendungsfall', async () => {
    const datei = testCsv({ ansprueche: 25, zeitraeumeJeAnspruch: 6, praefix: 'WEG', angemeldet: 0.6, seed: 7 });
    const einzeln = await schwabenA.post('/api/v1/import/erstattungsansprueche?verarbeitung=einzeln', datei, csv);
    const masse = await schwabenB.post('/api/v1/import/erstattungsansprueche?verarbeitung=masse', datei, csv);
    expect(einzeln.json()).toMatchObject({ ok: true, verarbeitung: 'einzeln', ansprueche: 25 });
    expect(masse.json()).toMatchObject({ ok: true, verarbeitung: 'masse', ansprueche: 25 });
    const url = '/api/v1/export/erstattungsansprueche?format=csv&suche=WEG-';
    expect((await schwabenB.get(url)).body).toBe((await schwabenA.get(url)).body);
    const fristen = async (u: Umgebung) =>
      u.datenbank.roh(
        `select f.art, f.norm, f.bezeichnung, f.faellig::text, f.betrag_cent::text, f.erledigt from frist f join erstattungsanspruch e on e.id = f.bezug_id
          where e.aktenzeichen like 'WEG-%' order by f.bezeichnung, f.faellig`,
      );
    const fa = await fristen(a);
    // Je Leistungsfall eine Frist: Sozialhilfe 6 je Anspruch, zwei Maßnahmen 2, ohne Maßnahme 1,
    // laufende Maßnahme keine – und je Anspruch eine Verjährung.
    expect(fa.filter((f) => f.art === 'S111')).toHaveLength(9 * 6 + 4 * 2 + 8 * 1);
    expect(await fristen(b)).toEqual(fa);
    const grundlagen = async (u: Umgebung) =>
      u.datenbank.roh(
        `select e.aktenzeichen, d.ergebnis::text, max(array_length(d.parteien, 1)) as parteien from entscheidung d join erstattungsanspruch e on e.id = d.bezug_id
          where e.aktenzeichen like 'WEG-%' and d.pruefung = 'erstattungsanspruch' group by 1, 2 order by 1`,
      );
    expect(await grundlagen(b)).toEqual(await grundlagen(a));
    // Ein Arbeitsschritt an einem Anspruch aus dem Massenpfad schreibt die § 111/§ 113-Entscheidung mit Begründung.
    const [x] = (await schwabenB.get('/api/v1/erstattungsansprueche?suche=WEG-&status=Entwurf')).json<{
      eintraege: { id: string; version: number }[];
    }>().eintraege;
    expect((await schwabenB.get(`/api/v1/erstattungsansprueche/${x?.id}`)).json().fristenpruefung).toBeNull();
    const an = await schwabenB.post(`/api/v1/erstattungsansprueche/${x?.id}/anmelden`, {}, { 'if-match': `"${x?.version}"` });
    expect(an.statusCode, an.body).toBe(200);
    expect(an.json().fristenpruefung.begruendung.length).toBeGreaterThan(0);
  });

  it('ungeordnete Zeilen (die Zeiträume eines Anspruchs nicht beieinander) ergeben im Massenpfad dasselbe wie einzeln', async () => {
    const [kopf, ...zeilen] = testCsv({ ansprueche: 12, zeitraeumeJeAnspruch: 4, praefix: 'MIX', angemeldet: 0.5, seed: 11 })
      .split('\r\n')
      .filter(Boolean);
    // Erst die ersten beiden Zeiträume aller Ansprüche, dann die übrigen: jeder Anspruch kommt zweimal vor.
    const datei = [kopf, ...zeilen.filter((_, i) => i % 4 < 2), ...zeilen.filter((_, i) => i % 4 >= 2)].join('\r\n');
    const einzeln = await schwabenA.post('/api/v1/import/erstattungsansprueche?verarbeitung=einzeln', datei, csv);
    const masse = await schwabenB.post('/api/v1/import/erstattungsansprueche?verarbeitung=masse', datei, csv);
    expect(einzeln.json()).toMatchObject({ ok: true, ansprueche: 12, zeitraeume: 48 });
    expect(masse.json()).toMatchObject({ ok: true, verarbeitung: 'masse', ansprueche: 12, zeitraeume: 48 });
    expect(masse.json<Importbericht>().regelwerksaufrufe).toBe(einzeln.json<Importbericht>().regelwerksaufrufe);
    const url = '/api/v1/export/erstattungsansprueche?format=csv&suche=MIX-';
    const exportA = (await schwabenA.get(url)).body;
    expect(exportA.split('\r\n').filter(Boolean)).toHaveLength(1 + 48);
    expect((await schwabenB.get(url)).body).toBe(exportA);

    // Weicht eine spätere Zeile eines früheren Anspruchs ab, berichten beide Wege denselben Fehler.
    const [k2, ...z2] = testCsv({ ansprueche: 12, zeitraeumeJeAnspruch: 4, praefix: 'MIXF', angemeldet: 0.5, seed: 11 })
      .split('\r\n')
      .filter(Boolean);
    const spalte = (k2 ?? '').split(';').indexOf('Kenntnis der Entscheidung');
    const umgestellt = [...z2.filter((_, i) => i % 4 < 2), ...z2.filter((_, i) => i % 4 >= 2)];
    const abweichend = (umgestellt[30] ?? '').split(';');
    abweichend[spalte] = '02.01.2015';
    umgestellt[30] = abweichend.join(';');
    const berichte = await Promise.all(
      (['einzeln', 'masse'] as const).map(async (v) => {
        const r = await schwabenB.post(`/api/v1/import/erstattungsansprueche?verarbeitung=${v}`, [k2, ...umgestellt].join('\r\n'), csv);
        expect(r.statusCode).toBe(422);
        const { verarbeitung, ...rest } = r.json<{ bericht: Importbericht }>().bericht;
        return rest;
      }),
    );
    expect(berichte[0]?.fehler).toEqual([expect.objectContaining({ zeile: 32, spalte: 'Kenntnis der Entscheidung' })]);
    expect(berichte[1]).toEqual(berichte[0]);
  });

  it('Zeiträume in beliebiger Folge: beide Wege ordnen sie nach Beginn, gleich fällige Fristen stehen in dieser Folge', async () => {
    const kopf =
      'Aktenzeichen;Verpflichteter Träger (Kennung);Leistungsbeginn;Zahlender Träger im Verfahren;Art des zahlenden Trägers;' +
      'Art des verpflichteten Trägers;Weitere Angaben zur Rechtsgrundlage (JSON);Kenntnis der Entscheidung;Leistungsrecht des Verpflichteten;Zeitraum von;Zeitraum bis;Betrag (€)';
    const weitere =
      '"{""verfahren"":{""weitergeleitet"":true,""weiterleitungRechtzeitig"":true},""verpflichteter"":{""insgesamtZustaendig"":true}}"';
    // Sozialhilfe (jeder Zeitraum ein Leistungsfall), Kenntnis nach dem Ende aller Zeiträume
    // (§ 111 Satz 2 SGB X): alle Ausschlussfristen enden am 20.01.2027.
    const monate = ['12', '09', '11', '10'];
    for (const [c, verarbeitung] of [
      [schwabenA, 'einzeln'],
      [schwabenB, 'masse'],
    ] as const) {
      const az = `REV-${verarbeitung}`;
      const zeilen = monate.map(
        (m) => `${az};bezirk-mittelfranken;01.09.2025;zweiter;egh;egh;${weitere};20.01.2026;sozialhilfe;01.${m}.2025;28.${m}.2025;1.000,00`,
      );
      const r = await c.post(`/api/v1/import/erstattungsansprueche?verarbeitung=${verarbeitung}`, [kopf, ...zeilen].join('\r\n'), csv);
      expect(r.json(), r.body).toMatchObject({ ok: true, verarbeitung, ansprueche: 1, zeitraeume: 4 });
      const fristen = (await c.get('/api/v1/fristen?art=S111&proSeite=500'))
        .json<{ eintraege: { bezeichnung: string; faellig: string }[] }>()
        .eintraege.filter((f) => f.bezeichnung.endsWith(`(${az})`));
      expect(fristen.map((f) => f.faellig)).toEqual(Array(4).fill('2027-01-20'));
      expect(fristen.map((f) => f.bezeichnung.slice('Ausschlussfrist für 01.'.length, 'Ausschlussfrist für 01.'.length + 2))).toEqual([
        '09',
        '10',
        '11',
        '12',
      ]);
    }
  });

  it('ab 200 Ansprüchen wählt der Import den Massenpfad; ein Fehler in der letzten Zeile speichert trotzdem nichts', async () => {
    const zeilen = testCsv({ ansprueche: 240, zeitraeumeJeAnspruch: 2, praefix: 'VIEL', angemeldet: 0.5, seed: 3 }).split('\r\n');
    const letzte = zeilen.filter(Boolean).length - 1;
    const kopf = (zeilen[0] ?? '').split(';');
    const kaputt = (zeilen[letzte] ?? '').split(';');
    kaputt[kopf.indexOf('Betrag (€)')] = '12,345';
    const mitFehler = [...zeilen];
    mitFehler[letzte] = kaputt.join(';');
    const vorher = {
      ansprueche: await anzahl(b, 'erstattungsanspruch'),
      fristen: await anzahl(b, 'frist'),
      protokoll: await anzahl(b, 'protokoll'),
    };

    const abgelehnt = await schwabenB.post('/api/v1/import/erstattungsansprueche', mitFehler.join('\r\n'), csv);
    expect(abgelehnt.statusCode).toBe(422);
    expect(abgelehnt.json<{ bericht: Importbericht }>().bericht).toMatchObject({
      ok: false,
      zeilen: 480,
      ansprueche: 0,
      fehlerAnzahl: 1,
      fehler: [{ zeile: letzte + 1, spalte: 'Betrag (€)' }],
    });
    expect(await anzahl(b, 'erstattungsanspruch')).toBe(vorher.ansprueche);
    expect(await anzahl(b, 'frist')).toBe(vorher.fristen);
    expect(await anzahl(b, 'protokoll')).toBe(vorher.protokoll);

    const ok = await schwabenB.post('/api/v1/import/erstattungsansprueche', zeilen.join('\r\n'), csv);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ ok: true, verarbeitung: 'masse', ansprueche: 240, zeitraeume: 480 });
    expect(await anzahl(b, 'erstattungsanspruch')).toBe(vorher.ansprueche + 240);
    expect(await anzahl(b, 'protokoll')).toBe(vorher.protokoll + 240);
    const [z] = await b.datenbank.roh<{ s111: number; entscheidungen: number }>(
      `select (select count(*) from frist f join erstattungsanspruch e on e.id = f.bezug_id where e.aktenzeichen like 'VIEL-%' and f.art = 'S111')::int as s111,
              (select count(*) from entscheidung d join erstattungsanspruch e on e.id = d.bezug_id where e.aktenzeichen like 'VIEL-%')::int as entscheidungen`,
    );
    // § 111 je Leistungsfall: 80 Ansprüche Sozialhilfe je 2, 40 mit zwei Maßnahmen je 2, 80 ohne
    // Maßnahme je 1, 40 mit laufender Maßnahme keine.
    expect(z).toEqual({ s111: 80 * 2 + 40 * 2 + 80, entscheidungen: 240 });
  });

  it('der Export folgt den Filtern und der Sichtbarkeit: der Verpflichtete sieht nur angemeldete Ansprüche', async () => {
    const mittelfranken = await a.als('mittelfranken');
    const ein = await mittelfranken.get('/api/v1/export/erstattungsansprueche?format=csv&richtung=eingehend&suche=RUND-');
    const zeilen = await zeilenVon(ein.rawPayload);
    const kopf = zeilen[0] ?? [];
    const status = new Set(zeilen.slice(1).map((z) => z[kopf.indexOf('Status')]));
    expect(zeilen.length).toBeGreaterThan(1);
    expect(status.has('Entwurf')).toBe(false);
    // Der Fall des Anspruchstellers bleibt dem Verpflichteten verborgen.
    expect(zeilen.slice(1).every((z) => z[kopf.indexOf('Fall (Aktenzeichen)')] === '')).toBe(true);
    const nurEntwurf = await zeilenVon((await schwabenA.get('/api/v1/export/erstattungsansprueche?status=Entwurf&suche=RUND-')).rawPayload);
    expect(nurEntwurf.slice(1).every((z) => z[kopf.indexOf('Status')] === 'Entwurf')).toBe(true);
    const protokoll = await a.datenbank.roh<{ details: { anzahl: number } }>(
      `select details from protokoll where aktion = 'exportieren' and objekt_art = 'erstattungsanspruch' and traeger_id = 'bezirk-mittelfranken'`,
    );
    expect(protokoll.length).toBeGreaterThan(0);
  });
});

describe('Fälle: Import und Export', () => {
  const kopf =
    'Aktenzeichen;Nachname;Vorname;Geburtsdatum;PLZ;Ort;Aufenthalte (JSON);Leistungen (JSON);Anträge (JSON);Zuständigkeitsklärung § 14 SGB IX (JSON)';
  const fall = (az: string, plz: string, art = 'gewoehnlich') =>
    `${az};Muster;Erika;01.02.1990;${plz};Perleberg;"[{""von"":""2015-01-01"",""gebiet"":""12070"",""art"":""${art}""}]";"[{""von"":""2024-03-01"",""form"":""ambulant"",""traeger"":""12070"",""bezeichnung"":""Assistenz""}]";"[{""datum"":""2024-02-01"",""traeger"":""12070""}]";"{""antragseingang"":""2024-02-01"",""landErsterTraeger"":""BB""}"`;

  it('fehlerhafte Fälle: Zeile und Spalte; die Rundreise in eine zweite Datenbank ergibt dieselben Fälle', async () => {
    const [prignitzA, prignitzB] = await Promise.all([a.als('prignitz'), b.als('prignitz')]);
    type Bericht = { bericht: { fehler: { zeile: number; spalte: string; meldung: string }[] } };
    const r = await prignitzA.post('/api/v1/import/faelle', [kopf, fall('IMPF-1', '19348'), fall('IMPF-2', '1934')].join('\r\n'), csv);
    expect(r.statusCode).toBe(422);
    expect(r.json<Bericht>().bericht.fehler).toEqual([{ zeile: 3, spalte: 'PLZ', meldung: 'Eine Postleitzahl hat fünf Ziffern: „1934“.' }]);
    // Fehler, die erst das Regelwerk findet (im Anwendungsfall), nennen ebenso Zeile und Spalte.
    const regel = await prignitzA.post(
      '/api/v1/import/faelle',
      [kopf, fall('IMPF-1', '19348'), fall('IMPF-3', '19348', 'urlaub')].join('\r\n'),
      csv,
    );
    expect(regel.statusCode).toBe(422);
    expect(regel.json<Bericht>().bericht.fehler[0]).toMatchObject({ zeile: 3, spalte: 'Aufenthalte (JSON)' });
    expect((await prignitzA.get('/api/v1/faelle?suche=IMPF-')).json()).toMatchObject({ gesamt: 0 });

    const gut = [kopf, fall('IMPF-1', '19348'), fall('IMPF-2', '19348')].join('\r\n');
    const ok = await prignitzA.post('/api/v1/import/faelle', gut, csv);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ ok: true, faelle: 2 });
    const [erster] = (await prignitzA.get('/api/v1/faelle?suche=IMPF-1')).json<{ eintraege: { id: string }[] }>().eintraege;
    const voll = (await prignitzA.get(`/api/v1/faelle/${erster?.id}`)).json();
    // Das Regelwerk hat entschieden und die Fristen des § 14-Verfahrens gesetzt.
    expect(voll.zustaendigkeit).not.toBeNull();
    expect(voll.fristen.length).toBeGreaterThan(0);

    const exportA = await prignitzA.get('/api/v1/export/faelle?format=xlsx&suche=IMPF-');
    expect((await prignitzB.post('/api/v1/import/faelle', exportA.rawPayload, xlsx)).statusCode).toBe(201);
    const ohnePseudonym = async (c: Client) => {
      const z = await zeilenVon((await c.get('/api/v1/export/faelle?format=csv&suche=IMPF-')).rawPayload);
      const i = (z[0] ?? []).indexOf('Pseudonym');
      return z.map((x) => x.filter((_, j) => j !== i));
    };
    const inA = await ohnePseudonym(prignitzA);
    expect(inA).toHaveLength(3);
    expect(await ohnePseudonym(prignitzB)).toEqual(inA);
    const protokoll = await a.datenbank.roh(
      `select 1 from protokoll where aktion = 'exportieren' and objekt_art = 'fall' and traeger_id = '12070'`,
    );
    expect(protokoll.length).toBeGreaterThan(0);
  });
});
