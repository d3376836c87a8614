// Leseanfragen in einem Rundlauf zur Datenbank. Eine Anfrage an /api/v1 kostete sonst fünf:
// Sitzung prüfen, BEGIN, Mandant setzen, Abfrage, COMMIT – auf einer ausgelasteten Maschine ist
// jeder Rundlauf teurer als die Abfrage selbst. Hier gehen Sitzungsprüfung (egh_sitzung, setzt den
// Träger der Transaktion), Rollenwechsel zu egh_app und die Abfrage als eine Folge von Anweisungen
// zur Datenbank: eine implizite Transaktion, dieselbe Row-Level-Security wie alsMandant.
//
// Eine einfache Abfrage kennt keine Parameter: Die Werte stehen als SQL-Literale im Text, gesetzt
// mit escapeLiteral aus pg. Erlaubt sind nur Zeichenketten, endliche Zahlen, Wahrheitswerte und
// null; alles andere ist ein Programmierfehler.
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { type Column, Placeholder, getTableColumns, is } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { Datenbank } from './verbindung.ts';
import { nichtAngemeldet } from '../http/problem.ts';
import { type Benutzerkontext, sitzungsCookie } from '../http/sitzung.ts';

function literal(v: unknown): string {
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'string') return pg.escapeLiteral(v);
  if (typeof v === 'number' && Number.isFinite(v)) return v < 0 ? `(${String(v)})` : String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  throw new Error(`Ein Wert vom Typ ${typeof v} lässt sich nicht als SQL-Literal setzen.`);
}

/**
 * Setzt die Parameter ($1, $2, …) einer Drizzle-Abfrage (`.toSQL()`) als Literale ein; benannte
 * Platzhalter (`sql.placeholder('name')`) aus `werte`. Drizzle schreibt Werte nie in den Text, nur
 * Platzhalter; der Text selbst enthält keine `$n`.
 */
export function mitLiteralen(q: { sql: string; params: unknown[] }, werte: Record<string, unknown> = {}): string {
  return q.sql.replace(/\$(\d+)/g, (_, n: string) => {
    const i = Number(n) - 1;
    if (i < 0 || i >= q.params.length) throw new Error(`Platzhalter $${n} ohne Wert.`);
    const p = q.params[i];
    if (is(p, Placeholder)) {
      if (!(p.name in werte)) throw new Error(`Kein Wert für den Platzhalter ${p.name}.`);
      return literal(werte[p.name]);
    }
    return literal(p);
  });
}

/**
 * Der SQL-Text einer Drizzle-Abfrage, einmal je Form erzeugt (Drizzle baut sonst bei jeder Anfrage
 * den Text neu – auf dem heißen Pfad mehr als die Hälfte der Zeit in Node). Die Werte der Anfrage
 * stehen als `sql.placeholder(name)` in der Abfrage und kommen bei `text()` als Literale hinein.
 */
export class Abfragemuster {
  private readonly muster = new Map<string, { sql: string; params: unknown[] }>();
  text(form: string, baue: () => { toSQL(): { sql: string; params: unknown[] } }, werte: Record<string, unknown>): string {
    let m = this.muster.get(form);
    if (!m) {
      m = baue().toSQL();
      this.muster.set(form, m);
    }
    return mitLiteralen(m, werte);
  }
}

/**
 * Die Spalten einer Tabelle mit den Feldnamen der API (`f."traeger_id" as "traegerId", …`), für
 * `select … from (abfrage) f` um eine Drizzle-Abfrage der ganzen Tabelle.
 */
const spaltenlisten = new WeakMap<PgTable, Map<string, string>>();
export function apiSpalten(tabelle: PgTable, alias: string): string {
  let je = spaltenlisten.get(tabelle);
  if (!je) {
    je = new Map<string, string>();
    spaltenlisten.set(tabelle, je);
  }
  let liste = je.get(alias);
  if (liste === undefined) {
    liste = baueSpalten(tabelle, alias);
    je.set(alias, liste);
  }
  return liste;
}

function baueSpalten(tabelle: PgTable, alias: string): string {
  return Object.entries(getTableColumns(tabelle) as Record<string, Column>)
    .map(([feld, spalte]) => `${alias}.${pg.escapeIdentifier(spalte.name)} as ${pg.escapeIdentifier(feld)}`)
    .join(', ');
}

/**
 * Prüft die Sitzung der Anfrage und führt `abfrage` (eine Anweisung) unter der Rolle egh_app mit dem Träger des Benutzers aus – in einem Rundlauf.
 * Ohne gültige Sitzung 401; die Abfrage lief dann ohne Träger und sah nichts. Rollenprüfungen
 * macht der Aufrufer danach (die Row-Level-Security hat schon gefiltert).
 */
export async function leseMitSitzung<T = Record<string, unknown>>(d: Datenbank, anfrage: FastifyRequest, abfrage: string): Promise<T[]> {
  const token = anfrage.cookies[sitzungsCookie];
  if (!token) throw nichtAngemeldet();
  const hash = createHash('sha256').update(token).digest('hex');
  // Eine Anweisung für Sitzung und Rollenwechsel: PostgreSQL wertet die Ausgabeliste von links nach
  // rechts aus. Liefe set_config('role') doch zuerst, schlüge egh_sitzung als egh_app fehl (kein
  // EXECUTE-Recht) – die Anfrage endet dann mit einem Fehler, nie mit fremden Daten.
  const [sitzung, daten] = await d.folge(`select egh_sitzung(${literal(hash)}) as k, set_config('role', 'egh_app', true); ${abfrage}`);
  const k = sitzung?.[0]?.k as Benutzerkontext | null | undefined;
  if (!k) throw nichtAngemeldet();
  anfrage.kontext = k;
  return (daten ?? []) as T[];
}
