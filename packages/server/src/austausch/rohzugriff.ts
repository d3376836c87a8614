// Eine Transaktion auf der Verbindung des Treibers (als Eigentümer, ohne Mandant), mit COPY für
// Massendaten: PostgreSQL über COPY … FROM STDIN (pg-copy-streams), PGlite über
// COPY … FROM '/dev/blob'. Für Massenimport, Sicherung und Wiederherstellung.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Datenbank } from '../db/verbindung.ts';

export interface Rohtransaktion {
  abfrage<T = Record<string, unknown>>(text: string, parameter?: unknown[]): Promise<T[]>;
  /** COPY im CSV-Format; `stuecke` sind fertige CSV-Zeilen (mit Zeilenende). */
  kopiere(tabelle: string, spalten: string[], stuecke: Iterable<string> | AsyncIterable<string>): Promise<void>;
}

/** Der Treiber hinter Drizzle: pg.Pool (PostgreSQL) oder PGlite. */
function treiber(d: Datenbank): pg.Pool | PGlite {
  const c = (d.db as unknown as { $client?: unknown }).$client;
  if (c instanceof pg.Pool || c instanceof PGlite) return c;
  throw new Error('Unbekannter Datenbanktreiber');
}

const kopierbefehl = (tabelle: string, spalten: string[], quelle: string) =>
  `copy ${tabelle} (${spalten.map((s) => `"${s}"`).join(', ')}) from ${quelle} with (format csv)`;

export async function inRohtransaktion<T>(d: Datenbank, fn: (t: Rohtransaktion) => Promise<T>): Promise<T> {
  const c = treiber(d);
  if (c instanceof PGlite) {
    return c.transaction(async (tx: Transaction) =>
      fn({
        abfrage: async <R>(text: string, parameter: unknown[] = []) => (await tx.query<R>(text, parameter)).rows,
        async kopiere(tabelle, spalten, stuecke) {
          const teile: string[] = [];
          for await (const s of stuecke) teile.push(s);
          if (!teile.length) return;
          await tx.query(kopierbefehl(tabelle, spalten, `'/dev/blob'`), [], { blob: new Blob(teile) });
        },
      }),
    );
  }
  const client = await c.connect();
  try {
    await client.query('begin');
    const ergebnis = await fn({
      abfrage: async <R>(text: string, parameter: unknown[] = []) => (await client.query(text, parameter)).rows as R[],
      async kopiere(tabelle, spalten, stuecke) {
        await pipeline(Readable.from(stuecke), client.query(copyFrom(kopierbefehl(tabelle, spalten, 'stdin'))));
      },
    });
    await client.query('commit');
    return ergebnis;
  } catch (e) {
    await client.query('rollback').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

/** Ein Textfeld für COPY im CSV-Format: immer in Anführungszeichen (so bleibt "" ein leerer Text, leer ist NULL). */
export function csvText(s: string | null | undefined): string {
  if (s === null || s === undefined) return '';
  return `"${s.includes('"') ? s.replaceAll('"', '""') : s}"`;
}
