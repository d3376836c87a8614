// Sicherung → Wiederherstellung in eine leere Datenbank ergibt dieselben Datensätze (PGlite und
// PostgreSQL; im PostgreSQL-Lauf auch über Kreuz nach PGlite). Eine nicht leere Datenbank und eine
// abgeschnittene Sicherung werden mit deutscher Meldung abgelehnt, ohne etwas zu ändern.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { generateIdentity, identityToRecipient } from 'age-encryption';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Datenbank, oeffneDatenbank } from '../db/verbindung.ts';
import { type Umgebung, baueUmgebung, testDb } from '../test/umgebung.ts';
import { testCsv } from './testdaten.ts';
import { nichtGesichert, nichtLeereTabellen, sichere, stelleWiederHer } from './sicherung.ts';

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
    if (nichtGesichert.has(name)) continue;
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
  // Eine gespeicherte Idempotenz-Antwort (enthält personenbezogene Daten der Antwort).
  const fall = await (
    await quelle.als('prignitz')
  ).post(
    '/api/v1/faelle',
    {
      aktenzeichen: 'SICH-IDEM-1',
      person: { nachname: 'Idempotenz', vorname: 'Antwort', geburtsdatum: '1990-02-03' },
      aufenthalte: [{ von: '2020-01-01', gebiet: '12070', art: 'gewoehnlich' }],
      leistungen: [{ von: '2022-03-01', form: 'ambulant', traeger: '12070' }],
      antraege: [{ datum: '2022-02-10', traeger: '12070' }],
    },
    { 'idempotency-key': 'sicherung-test-1' },
  );
  expect(fall.statusCode, fall.body).toBe(201);
}, 180_000);

afterAll(async () => {
  await quelle?.schliessen();
  for (const f of aufraeumen) await f();
}, 60_000);

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
      // Passwort-Hashes kommen mit (sonst bräuchte jedes Konto ein neues Passwort), Sitzungen nicht.
      expect(vorher.benutzer?.some((b) => b.includes('$argon2id$'))).toBe(true);
      const [sitzungen] = await d.roh<{ n: number }>('select count(*)::int as n from sitzung');
      expect(sitzungen?.n).toBe(0);
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

describe('Sicherung: Rechte, Inhalt, Verschlüsselung', () => {
  it('die Datei ist nur für ihren Besitzer lesbar (0600), auch wenn sie vorher 0644 hatte', async () => {
    const neu = join(verzeichnis, 'rechte-neu.jsonl.gz');
    await sichere(quelle.datenbank, neu);
    expect(statSync(neu).mode & 0o777).toBe(0o600);
    const alt = join(verzeichnis, 'rechte-alt.jsonl');
    writeFileSync(alt, 'alt', { mode: 0o644 });
    await sichere(quelle.datenbank, alt);
    expect(statSync(alt).mode & 0o777).toBe(0o600);
  });

  it('ohne Sitzungen, Idempotenz-Antworten und Anmeldeversuche; auch aus einer älteren Sicherung kommen keine Sitzungen zurück', async () => {
    const [vorhanden] = await quelle.datenbank.roh<{ s: number; i: number }>(
      'select (select count(*) from sitzung)::int as s, (select count(*) from idempotenz)::int as i',
    );
    expect(vorhanden?.s).toBeGreaterThan(0);
    expect(vorhanden?.i).toBeGreaterThan(0);
    const datei = join(verzeichnis, 'ohne-sitzungen.jsonl');
    const kopf = await sichere(quelle.datenbank, datei);
    expect(kopf.tabellen.map((t) => t.name).filter((n) => nichtGesichert.has(n))).toEqual([]);
    const text = readFileSync(datei, 'utf8');
    const [token] = await quelle.datenbank.roh<{ h: string }>('select token_hash as h from sitzung limit 1');
    expect(text).not.toContain(token?.h);
    expect(text).not.toContain('"tabelle":"sitzung"');
    expect(text).not.toContain('sicherung-test-1');

    // Eine Sicherung im alten Umfang (mit Sitzungen) wird ohne sie wiederhergestellt.
    const zeilen = text.trimEnd().split('\n');
    const ende = JSON.parse(zeilen.pop() ?? '{}') as { ende: true; zeilen: Record<string, number> };
    const [benutzer] = await quelle.datenbank.roh<{ id: string }>(`select id from benutzer where benutzername = 'schwaben'`);
    const sitzung = {
      token_hash: 'alt',
      benutzer_id: benutzer?.id,
      csrf_token: 'x',
      erstellt_am: new Date().toISOString(),
      laeuft_ab_am: '2999-01-01T00:00:00Z',
    };
    zeilen.push(JSON.stringify({ tabelle: 'sitzung', spalten: Object.keys(sitzung), zeilen: 1 }), JSON.stringify(sitzung));
    zeilen.push(JSON.stringify({ ende: true, zeilen: { ...ende.zeilen, sitzung: 1 } }));
    const alt = join(verzeichnis, 'alt-mit-sitzung.jsonl');
    writeFileSync(alt, `${zeilen.join('\n')}\n`);
    const d = await leereDatenbank(testDb);
    await stelleWiederHer(d, alt);
    const [n] = await d.roh<{ n: number }>('select count(*)::int as n from sitzung');
    expect(n?.n).toBe(0);
  });

  it('mit Passphrase verschlüsselt (age): ohne oder mit falscher Passphrase eine deutsche Meldung, mit der richtigen dieselben Daten', async () => {
    const datei = join(verzeichnis, 'geheim.jsonl.gz.age');
    await sichere(quelle.datenbank, datei, undefined, { passphrase: 'richtig lang und geheim' });
    const roh = readFileSync(datei);
    expect(roh.subarray(0, 21).toString('latin1')).toBe('age-encryption.org/v1');
    expect(statSync(datei).mode & 0o777).toBe(0o600);
    const d = await leereDatenbank(testDb);
    await expect(stelleWiederHer(d, datei)).rejects.toThrow(/ist verschlüsselt\. Bitte die Passphrase/);
    await expect(stelleWiederHer(d, datei, undefined, { passphrase: 'falsch' })).rejects.toThrow(/ließ sich nicht entschlüsseln/);
    expect(await nichtLeereTabellen(d)).toEqual([]);
    await stelleWiederHer(d, datei, undefined, { passphrase: 'richtig lang und geheim' });
    expect(await inhalt(d)).toEqual(await inhalt(quelle.datenbank));
  });

  it('mit einem age-Schlüssel verschlüsselt: nur mit der Identität lesbar; kein Klartext in der Datei', async () => {
    const identitaet = await generateIdentity();
    const empfaenger = await identityToRecipient(identitaet);
    const datei = join(verzeichnis, 'schluessel.jsonl.age');
    await sichere(quelle.datenbank, datei, undefined, { empfaenger: [empfaenger] });
    expect(readFileSync(datei).includes('SICH')).toBe(false);
    const d = await leereDatenbank(testDb);
    await expect(stelleWiederHer(d, datei, undefined, { identitaeten: [await generateIdentity()] })).rejects.toThrow(
      /ließ sich nicht entschlüsseln/,
    );
    await stelleWiederHer(d, datei, undefined, { identitaeten: [identitaet] });
    expect(await inhalt(d)).toEqual(await inhalt(quelle.datenbank));
    await expect(sichere(quelle.datenbank, join(verzeichnis, 'x.age'), undefined, { empfaenger: ['kein-schluessel'] })).rejects.toThrow(
      /kein age-Empfänger/,
    );
  });
});
