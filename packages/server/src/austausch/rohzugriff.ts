// Eine Transaktion auf der Verbindung des Treibers (als Eigentümer, ohne Mandant), mit COPY für
// Massendaten: PostgreSQL über COPY … FROM STDIN (pg-copy-streams), PGlite über
// COPY … FROM '/dev/blob', im Binärformat (Binaerkopie). Für den Massenimport.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Datenbank } from '../db/verbindung.ts';

export interface Rohtransaktion {
  abfrage<T = Record<string, unknown>>(text: string, parameter?: unknown[]): Promise<T[]>;
  /** COPY im Binärformat; `stuecke` sind die Stücke einer Binaerkopie (`nimm(true)`). */
  kopiere(tabelle: string, spalten: string[], stuecke: Iterable<Uint8Array> | AsyncIterable<Uint8Array>): Promise<void>;
}

/** Der Treiber hinter Drizzle: pg.Pool (PostgreSQL) oder PGlite. */
function treiber(d: Datenbank): pg.Pool | PGlite {
  const c = (d.db as unknown as { $client?: unknown }).$client;
  if (c instanceof pg.Pool || c instanceof PGlite) return c;
  throw new Error('Unbekannter Datenbanktreiber');
}

const kopierbefehl = (tabelle: string, spalten: string[], quelle: string) =>
  `copy ${tabelle} (${spalten.map((s) => `"${s}"`).join(', ')}) from ${quelle} with (format binary)`;

export async function inRohtransaktion<T>(d: Datenbank, fn: (t: Rohtransaktion) => Promise<T>): Promise<T> {
  const c = treiber(d);
  if (c instanceof PGlite) {
    return c.transaction(async (tx: Transaction) =>
      fn({
        abfrage: async <R>(text: string, parameter: unknown[] = []) => (await tx.query<R>(text, parameter)).rows,
        async kopiere(tabelle, spalten, stuecke) {
          const teile: Uint8Array<ArrayBuffer>[] = [];
          for await (const s of stuecke) teile.push(s as Uint8Array<ArrayBuffer>);
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

/** Tage zwischen 1970-01-01 (Tageszahl 0 des Regelwerks) und 2000-01-01 (Tag 0 von PostgreSQL). */
const tage2000 = 10957;
const stueckgroesse = 1 << 20;
const signatur = Buffer.from([0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00, 0, 0, 0, 0, 0, 0, 0, 0]);

/**
 * Zeilen im Binärformat von COPY (PostgreSQL-Dokumentation, „COPY – Binary Format“): je Zeile die
 * Zahl der Felder, je Feld Länge und Wert in der internen Darstellung – die Datenbank muss keine
 * Texte deuten (UUID, Datum, Zahl), und Node schreibt Tageszahlen und Schlüssel ohne Umweg über
 * Text. Geschrieben wird in Stücke von 1 MB; `nimm` gibt das bisher Geschriebene ab.
 */
export class Binaerkopie {
  #teile: Buffer[] = [];
  #b: Buffer = Buffer.allocUnsafe(stueckgroesse);
  #p = 0;
  constructor() {
    this.#p = signatur.copy(this.#b, 0);
  }
  #platz(n: number): void {
    if (this.#p + n <= this.#b.length) return;
    if (this.#p) this.#teile.push(this.#b.subarray(0, this.#p));
    this.#b = Buffer.allocUnsafe(Math.max(stueckgroesse, n));
    this.#p = 0;
  }
  /** Beginnt eine Zeile mit `felder` Feldern. */
  zeile(felder: number): void {
    this.#platz(2);
    this.#p = this.#b.writeInt16BE(felder, this.#p);
  }
  null(): void {
    this.#platz(4);
    this.#p = this.#b.writeInt32BE(-1, this.#p);
  }
  text(s: string | null | undefined): void {
    if (s === null || s === undefined) return this.null();
    const n = s.length;
    this.#platz(4 + 3 * n);
    const b = this.#b;
    const start = this.#p + 4;
    let p = start;
    let i = 0;
    // ASCII Zeichen für Zeichen (kurze Texte: schneller als ein Aufruf des Kodierers).
    for (; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) break;
      b[p++] = c;
    }
    if (i < n) p += b.write(i ? s.slice(i) : s, p);
    b.writeInt32BE(p - start, this.#p);
    this.#p = p;
  }
  /** jsonb: Version 1, dann der JSON-Text. */
  jsonb(json: string): void {
    const n = json.length;
    this.#platz(5 + 3 * n);
    const b = this.#b;
    const laenge = b.write(json, this.#p + 5);
    b.writeInt32BE(laenge + 1, this.#p);
    b[this.#p + 4] = 1;
    this.#p += 5 + laenge;
  }
  /** Eine UUID aus 16 Bytes (`vorlage`), die Bytes 10–13 durch `zaehler` ersetzt (siehe uuidFolge). */
  uuid(vorlage: Uint8Array, zaehler?: number): void {
    this.#platz(20);
    const b = this.#b;
    const p = b.writeInt32BE(16, this.#p);
    b.set(vorlage, p);
    if (zaehler !== undefined) b.writeUInt32BE(zaehler, p + 10);
    this.#p = p + 16;
  }
  /** Tageszahl (Tage seit 1970-01-01) als date. */
  datum(tag: number | null | undefined): void {
    if (tag === null || tag === undefined) return this.null();
    this.#platz(8);
    this.#p = this.#b.writeInt32BE(tag - tage2000, this.#b.writeInt32BE(4, this.#p));
  }
  int4(n: number): void {
    this.#platz(8);
    this.#p = this.#b.writeInt32BE(n, this.#b.writeInt32BE(4, this.#p));
  }
  /** bigint aus einer ganzen Zahl (bis 2^53). */
  int8(n: number | null | undefined): void {
    if (n === null || n === undefined) return this.null();
    this.#platz(12);
    const hoch = Math.floor(n / 4294967296);
    const p = this.#b.writeInt32BE(hoch, this.#b.writeInt32BE(8, this.#p));
    this.#p = this.#b.writeUInt32BE(n - hoch * 4294967296, p);
  }
  bool(w: boolean | null | undefined): void {
    if (w === null || w === undefined) return this.null();
    this.#platz(5);
    const p = this.#b.writeInt32BE(1, this.#p);
    this.#b[p] = w ? 1 : 0;
    this.#p = p + 1;
  }
  /** Das bisher Geschriebene; mit `ende` samt Schlusszeichen (danach nicht weiter schreiben). */
  nimm(ende = false): Buffer[] {
    if (ende) {
      this.#platz(2);
      this.#p = this.#b.writeInt16BE(-1, this.#p);
    }
    const teile = this.#teile;
    if (this.#p) teile.push(this.#b.subarray(0, this.#p));
    this.#teile = [];
    this.#b = this.#b.subarray(this.#p);
    this.#p = 0;
    return teile;
  }
}

/** Eine UUID im Textformat als 16 Bytes. */
export function uuidBytes(s: string): Uint8Array {
  return Buffer.from(s.replaceAll('-', ''), 'hex');
}
