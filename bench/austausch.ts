// Benchmark des Imports (Issue 5): 100.000 Erstattungsansprüche mit 1,2 Mio. Leistungszeiträumen
// aus einer CSV-Datei (eine Zeile je Zeitraum) – gelesen, geprüft, vom Regelwerk entschieden
// (Rechtsgrundlage einmal je verschiedener Eingabe, § 111/§ 113 mit der Massenfunktion) und mit
// Fristen, Entscheidungen und Protokoll gespeichert (Massenpfad, eine Transaktion). Vergleich:
// COPY derselben Datei in eine nackte Tabelle (nur Textspalten) in derselben Datenbank, im
// selben Lauf. PostgreSQL (COPY FROM STDIN über pg-copy-streams) und PGlite (COPY FROM '/dev/blob').
// Die Ansprüche haben gleichbleibende Monatssätze (stationäre Leistung): viele teilen dieselbe
// Eingabe für die Rechtsgrundlage. --quick: ein Zehntel.
import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { PGlite } from '@electric-sql/pglite';
import { betriebskontext } from '../packages/server/src/austausch/betrieb.ts';
import { importiereAnsprueche } from '../packages/server/src/austausch/erstattung-import.ts';
import { testkopf, testzeilen } from '../packages/server/src/austausch/testdaten.ts';
import type { Datenbank } from '../packages/server/src/db/verbindung.ts';
import { bereiteDatenbankVor } from '../packages/server/src/server.ts';
import { type Messwert, frischePostgres, gib, runde } from './messung.ts';

const traegerId = 'bezirk-schwaben';
const stichtag = '2026-06-30';

async function schreibeDatei(pfad: string, ansprueche: number): Promise<number> {
  const feld = (s: string) => (/[;"\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  const aus = createWriteStream(pfad);
  let zeilen = 0;
  let puffer = `${testkopf.map(feld).join(';')}\n`;
  for (const z of testzeilen({ ansprueche, zeitraeumeJeAnspruch: 12, praefix: 'BENCH', angemeldet: 0.3 })) {
    puffer += `${z.map(feld).join(';')}\n`;
    zeilen++;
    if (puffer.length > 1 << 20) {
      if (!aus.write(puffer)) await new Promise<void>((ok) => aus.once('drain', () => ok()));
      puffer = '';
    }
  }
  aus.end(puffer);
  await new Promise<void>((ok) => aus.once('finish', () => ok()));
  return zeilen;
}

const nackteTabelle = `create table copy_ziel (${testkopf.map((_, i) => `s${i} text`).join(', ')})`;
const copyOptionen = `with (format csv, header true, delimiter ';')`;

async function copyPostgres(url: string, datei: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(nackteTabelle);
    const t0 = performance.now();
    await c.query('begin');
    await pipeline(createReadStream(datei), c.query(copyFrom(`copy copy_ziel from stdin ${copyOptionen}`)));
    await c.query('commit');
    const s = (performance.now() - t0) / 1000;
    await c.query('drop table copy_ziel');
    return s;
  } finally {
    await c.end();
  }
}

async function copyPglite(d: Datenbank, datei: string): Promise<number> {
  const client = (d.db as unknown as { $client: PGlite }).$client;
  await client.query(nackteTabelle);
  const t0 = performance.now();
  // Wie beim Import: die Datei wird gelesen und als Blob übergeben.
  await client.query(`copy copy_ziel from '/dev/blob' ${copyOptionen}`, [], { blob: new Blob([readFileSync(datei)]) });
  const s = (performance.now() - t0) / 1000;
  await client.query('drop table copy_ziel');
  return s;
}

async function importiere(d: Datenbank, datei: string, erwarteteAnsprueche: number): Promise<number> {
  const { kontext, mandant } = await betriebskontext(d, traegerId);
  const t0 = performance.now();
  const bericht = await importiereAnsprueche(d, kontext, mandant, readFileSync(datei), { verarbeitung: 'masse', stichtag });
  const s = (performance.now() - t0) / 1000;
  if (!bericht.ok || bericht.ansprueche !== erwarteteAnsprueche)
    throw new Error(`Import fehlgeschlagen: ${JSON.stringify({ ...bericht, fehler: bericht.fehler.slice(0, 5) })}`);
  return s;
}

export async function benchAustausch(quick: boolean): Promise<Messwert[]> {
  const ansprueche = quick ? 10_000 : 100_000;
  const ordner = mkdtempSync(join(tmpdir(), 'egh-bench-austausch-'));
  const datei = join(ordner, 'ansprueche.csv');
  const werte: Messwert[] = [];
  try {
    const zeilen = await schreibeDatei(datei, ansprueche);

    const pgDb = await frischePostgres('egh_bench_austausch');
    let copyPg: number;
    let importPg: number;
    try {
      const { datenbank } = await bereiteDatenbankVor({ url: pgDb.url, demo: false });
      try {
        copyPg = await copyPostgres(pgDb.url, datei);
        importPg = await importiere(datenbank, datei, ansprueche);
      } finally {
        await datenbank.schliessen();
      }
    } finally {
      await pgDb.weg();
    }

    const { datenbank: lite } = await bereiteDatenbankVor({ datenVerzeichnis: 'memory://', demo: false });
    let copyLite: number;
    let importLite: number;
    try {
      copyLite = await copyPglite(lite, datei);
      importLite = await importiere(lite, datei, ansprueche);
    } finally {
      await lite.schliessen();
    }

    werte.push(gib({ name: 'briefe.import.zeilen', value: zeilen, unit: 'rows' }));
    werte.push(gib({ name: 'briefe.import.postgres_s', value: runde(importPg, 2), unit: 's' }));
    werte.push(gib({ name: 'briefe.import.copy_s', value: runde(copyPg, 2), unit: 's' }));
    werte.push(gib({ name: 'briefe.import.ratio_to_copy', value: runde(importPg / copyPg), unit: 'ratio', target: { max: 5 } }));
    werte.push(gib({ name: 'briefe.import.postgres_rows_per_s', value: Math.round(zeilen / importPg), unit: 'rows/s' }));
    werte.push(gib({ name: 'briefe.import.pglite_s', value: runde(importLite, 2), unit: 's' }));
    werte.push(gib({ name: 'briefe.import.pglite_copy_s', value: runde(copyLite, 2), unit: 's' }));
    werte.push(gib({ name: 'briefe.import.pglite_ratio_to_copy', value: runde(importLite / copyLite), unit: 'ratio' }));
    werte.push(gib({ name: 'briefe.import.pglite_rows_per_s', value: Math.round(zeilen / importLite), unit: 'rows/s' }));
    werte.push(...speicher(ordner, quick));
  } finally {
    rmSync(ordner, { recursive: true, force: true });
  }
  return werte;
}

/**
 * Arbeitsspeicher eines Imports über die API (Issue 15): 50.000 Zeilen (≈ 4.200 Ansprüche mit je
 * 12 Zeiträumen, einige zehn MB) in einem eigenen Prozess (austausch-speicher.ts). Gemessen wird
 * der Höchstwert des Prozesses (maxRSS) und sein Zuwachs durch den Import. Bis Dezember 2026 lag
 * der Rumpf ganz im Speicher, und der PGlite-Pfad hielt alle geprüften Ansprüche bis zum Schreiben.
 */
function speicher(ordner: string, quick: boolean): Messwert[] {
  const zeilen = quick ? 12_000 : 50_004;
  const datei = join(ordner, 'speicher.csv');
  const feld = (s: string) => (/[;"\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  const teile = [`${testkopf.map(feld).join(';')}\n`];
  for (const z of testzeilen({ ansprueche: zeilen / 12, zeitraeumeJeAnspruch: 12, praefix: 'RSS', angemeldet: 0.3 }))
    teile.push(`${z.map(feld).join(';')}\n`);
  writeFileSync(datei, teile.join(''));
  const aus = execFileSync(process.execPath, [join(import.meta.dirname, 'austausch-speicher.ts'), datei], { encoding: 'utf8' });
  const m = JSON.parse(aus.trim().split('\n').at(-1) ?? '{}') as { status: number; s: number; vorher: number; spitze: number };
  if (m.status !== 201) throw new Error(`Import über die API fehlgeschlagen: ${aus}`);
  return [
    gib({ name: 'austausch.import.datei_mib', value: runde(statSync(datei).size / 1048576, 1), unit: 'MiB' }),
    gib({ name: 'austausch.import.api_pglite_s', value: runde(m.s, 2), unit: 's' }),
    gib({ name: 'austausch.import.peak_rss_mib', value: Math.round(m.spitze), unit: 'MiB' }),
    gib({ name: 'austausch.import.rss_zuwachs_mib', value: Math.round(m.spitze - m.vorher), unit: 'MiB' }),
  ];
}
