// Sicherung → Wiederherstellung in eine leere Datenbank ergibt dieselben Datensätze (PGlite und
// PostgreSQL; im PostgreSQL-Lauf auch über Kreuz nach PGlite). Eine nicht leere Datenbank und eine
// abgeschnittene Sicherung werden mit deutscher Meldung abgelehnt, ohne etwas zu ändern.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Datenbank, oeffneDatenbank } from '../db/verbindung.ts';
import { type Umgebung, baueUmgebung, testDb } from '../test/umgebung.ts';
import { testCsv } from './testdaten.ts';
import { nichtLeereTabellen, sichere, stelleWiederHer } from './sicherung.ts';

const basisUrl = process.env.EGH_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const verzeichnis = mkdtempSync(join(tmpdir(), 'egh-sicherung-'));
const aufraeumen: (() => Promise<void>)[] = [];
let quelle: Umgebung;

/** Eine leere Datenbank (nur Migrationen), wie beim Anlegen durch den Betrieb. */
async function leereDatenbank(art: 'pglite' | 'postgresql'): Promise<Datenbank> {
  if (art === 'pglite') {
    const d = await oeffneDatenbank({ verzeichnis: 'memory://' });
    aufraeumen.push(() => d.schliessen());
    return d;
  }
  const name = `egh_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: basisUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const d = await oeffneDatenbank({ url: basisUrl.replace(/\/[^/]*$/, `/${name}`) });
  aufraeumen.push(async () => {
    await d.schliessen();
    const a = new pg.Client({ connectionString: basisUrl });
    await a.connect();
    await a.query(`drop database if exists ${name} with (force)`);
    await a.end();
  });
  return d;
}

const zeitstempel = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)$/;

/** Alle Zeilen aller Tabellen, Zeitstempel in UTC (die Sitzungszeitzone der Treiber kann abweichen). */
async function inhalt(d: Datenbank): Promise<Record<string, string[]>> {
  const tabellen = await d.roh<{ name: string }>(`select tablename as name from pg_tables where schemaname = 'public' order by 1`);
  const aus: Record<string, string[]> = {};
  for (const { name } of tabellen) {
    const zeilen = await d.roh<{ z: string }>(`select row_to_json(x)::text as z from "${name}" x`);
    aus[name] = zeilen
      .map((r) =>
        JSON.stringify(JSON.parse(r.z, (_k, w: unknown) => (typeof w === 'string' && zeitstempel.test(w) ? new Date(w).toISOString() : w))),
      )
      .sort();
  }
  return aus;
}

beforeAll(async () => {
  quelle = await baueUmgebung();
  const schwaben = await quelle.als('schwaben');
  const r = await schwaben.post(
    '/api/v1/import/erstattungsansprueche',
    testCsv({ ansprueche: 20, zeitraeumeJeAnspruch: 12, praefix: 'SICH' }),
    {
      'content-type': 'text/csv',
    },
  );
  expect(r.statusCode, r.body).toBe(201);
}, 180_000);

afterAll(async () => {
  await quelle?.schliessen();
  for (const f of aufraeumen) await f();
});

describe('Sicherung und Wiederherstellung', () => {
  const ziele: ('pglite' | 'postgresql')[] = testDb === 'postgresql' ? ['postgresql', 'pglite'] : ['pglite'];

  for (const ziel of ziele)
    it(`${testDb} → leere ${ziel}-Datenbank: dieselben Datensätze in allen Tabellen, auch das Protokoll`, async () => {
      const datei = join(verzeichnis, `sicherung-${ziel}.jsonl.gz`);
      const kopf = await sichere(quelle.datenbank, datei);
      expect(kopf.tabellen.find((t) => t.name === 'leistungszeitraum')?.zeilen).toBeGreaterThanOrEqual(240);
      // Eltern vor Kindern: Träger vor Anspruch vor Zeitraum.
      const namen = kopf.tabellen.map((t) => t.name);
      expect(namen.indexOf('traeger')).toBeLessThan(namen.indexOf('erstattungsanspruch'));
      expect(namen.indexOf('erstattungsanspruch')).toBeLessThan(namen.indexOf('leistungszeitraum'));

      const d = await leereDatenbank(ziel);
      await stelleWiederHer(d, datei);
      const vorher = await inhalt(quelle.datenbank);
      expect(await inhalt(d)).toEqual(vorher);
      expect(vorher.protokoll?.length).toBeGreaterThan(20);

      // Neue Protokolleinträge bekommen Nummern hinter den wiederhergestellten.
      const [max] = await d.roh<{ n: string }>('select max(id) as n from protokoll');
      const [neu] = await d.roh<{ id: string }>(`insert into protokoll (aktion, objekt_art) values ('lesen', 'test') returning id`);
      expect(Number(neu?.id)).toBeGreaterThan(Number(max?.n));

      // Ein zweites Mal in dieselbe (jetzt nicht mehr leere) Datenbank: abgelehnt.
      await expect(stelleWiederHer(d, datei)).rejects.toThrow(
        /Die Zieldatenbank ist nicht leer \(\w+: [\d.]+ Zeilen.*nur in eine leere Datenbank/,
      );
    });

  it('eine abgeschnittene Sicherung stellt nichts wieder her', async () => {
    const datei = join(verzeichnis, 'ganz.jsonl');
    await sichere(quelle.datenbank, datei);
    const zeilen = readFileSync(datei, 'utf8').split('\n');
    const halb = join(verzeichnis, 'halb.jsonl');
    writeFileSync(halb, zeilen.slice(0, Math.floor(zeilen.length / 2)).join('\n'));
    const d = await leereDatenbank(testDb);
    await expect(stelleWiederHer(d, halb)).rejects.toThrow(
      'Die Sicherung ist unvollständig (die Schlusszeile fehlt); nichts wurde wiederhergestellt.',
    );
    expect(await nichtLeereTabellen(d)).toEqual([]);
    writeFileSync(join(verzeichnis, 'fremd.jsonl'), '{"hallo": 1}\n');
    await expect(stelleWiederHer(d, join(verzeichnis, 'fremd.jsonl'))).rejects.toThrow('ist keine Sicherung von EGH-Clearing');
  });
});
