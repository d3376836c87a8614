// Leseanfragen in einem Rundlauf zur Datenbank. Eine Anfrage an /api/v1 kostete sonst fünf:
// Sitzung prüfen, BEGIN, Mandant setzen, Abfrage, COMMIT – auf einer ausgelasteten Maschine ist
// jeder Rundlauf teurer als die Abfrage selbst. Hier gehen Sitzungsprüfung (egh_sitzung, setzt den
// Träger der Transaktion), Rollenwechsel zu egh_app und die Abfrage als eine Folge von Anweisungen
// zur Datenbank: eine implizite Transaktion, dieselbe Row-Level-Security wie alsMandant.
//
// Eine einfache Abfrage kennt keine Parameter: Die Werte stehen als SQL-Literale im Text (in
// `execute name(…)` einer vorbereiteten Anweisung), gesetzt mit escapeLiteral aus pg. Erlaubt sind nur Zeichenketten, endliche Zahlen, Wahrheitswerte und
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

/** Ein Parameter einer Drizzle-Abfrage als Literal; ein benannter Platzhalter nimmt seinen Wert aus `werte`. */
function parameterLiteral(p: unknown, werte: Record<string, unknown>): string {
  if (!is(p, Placeholder)) return literal(p);
  if (!(p.name in werte)) throw new Error(`Kein Wert für den Platzhalter ${p.name}.`);
  return literal(werte[p.name]);
}

/** Eine auf der Verbindung vorbereitete Anweisung (PREPARE) und ihr Aufruf mit Literalen. */
export interface VorbereiteteAbfrage {
  /** Name der vorbereiteten Anweisung, je Prozess eindeutig. */
  name: string;
  /** Text mit $1, $2, … (für PREPARE). */
  text: string;
  /** `execute name(…)` mit den Werten als Literale. */
  aufruf: string;
}

let naechstesMuster = 0;

/**
 * Abfragen einer Tabelle, einmal je Form (Filterkombination) von Drizzle gebaut und auf jeder
 * Verbindung einmal vorbereitet (PREPARE): Drizzle baute den Text sonst bei jeder Anfrage neu, und
 * PostgreSQL plante ihn jedes Mal (zusammen mehr als die Abfrage selbst). Die Werte der Anfrage
 * stehen als `sql.placeholder(name)` in der Abfrage.
 * Row-Level-Security gilt auch für vorbereitete Anweisungen: PostgreSQL plant neu, wenn die Rolle
 * bei EXECUTE eine andere ist als beim Planen.
 */
export class Abfragemuster {
  private readonly muster = new Map<string, { name: string; text: string; params: unknown[] }>();
  private readonly nummer = naechstesMuster++;
  private readonly tabelle: PgTable;
  constructor(tabelle: PgTable) {
    this.tabelle = tabelle;
  }

  /**
   * Die Abfrage der Form `form` (einmal gebaut) mit den Werten dieser Anfrage. Jede Zeile kommt als
   * JSON-Text mit den Feldnamen der API (`{ j: '{"id":…}' }`, `row_to_json`): Node fügt die Texte
   * nur zusammen (`jsonSeite`), statt die Zeilen zu zerlegen und wieder zu serialisieren. Datum als
   * „JJJJ-MM-TT“, bigint als Zahl. Ein `json_agg` über die ganze Seite war in PostgreSQL teurer.
   */
  abfrage(form: string, baue: () => { toSQL(): { sql: string; params: unknown[] } }, werte: Record<string, unknown>): VorbereiteteAbfrage {
    let m = this.muster.get(form);
    if (!m) {
      const q = baue().toSQL();
      m = {
        name: `egh_m${this.nummer}_${this.muster.size}`,
        text: `select row_to_json(a)::text as j from (select ${apiSpalten(this.tabelle, 'f')} from (${q.sql}) f) a`,
        params: q.params,
      };
      this.muster.set(form, m);
    }
    const argumente = m.params.map((p) => parameterLiteral(p, werte));
    return { name: m.name, text: m.text, aufruf: argumente.length ? `execute ${m.name}(${argumente.join(', ')})` : `execute ${m.name}` };
  }
}

/**
 * Eine Seite als JSON-Text aus den Zeilen von `Abfragemuster.abfrage`, die `proSeite + 1` Zeilen
 * gelesen hat: die letzte sagt nur, ob es weitere gibt. `seite` und `proSeite` sind ganze Zahlen
 * (vom Schema geprüft).
 */
export function jsonSeite(zeilen: { j: string }[], seite: number, proSeite: number): string {
  let eintraege = '';
  const n = Math.min(zeilen.length, proSeite);
  for (let i = 0; i < n; i++) eintraege += (i ? ',' : '') + (zeilen[i] as { j: string }).j;
  return `{"eintraege":[${eintraege}],"weitere":${zeilen.length > proSeite},"seite":${seite},"proSeite":${proSeite}}`;
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
export async function leseMitSitzung<T = Record<string, unknown>>(
  d: Datenbank,
  anfrage: FastifyRequest,
  abfrage: VorbereiteteAbfrage,
): Promise<T[]> {
  const token = anfrage.cookies[sitzungsCookie];
  if (!token) throw nichtAngemeldet();
  const hash = createHash('sha256').update(token).digest('hex');
  // force_generic_plan: Mit `limit $n` hält PostgreSQL den allgemeinen Plan für teurer und plante
  // sonst bei jedem EXECUTE neu (0,2 ms, so viel wie die Abfrage); der allgemeine Plan ist hier
  // derselbe (Index frist_traeger_faellig_idx, inkrementelle Sortierung – EXPLAIN in
  // docs/ARCHITECTURE.md). Nur für diese implizite Transaktion.
  // Eine Anweisung für Sitzung und Rollenwechsel: PostgreSQL wertet die Ausgabeliste von links nach
  // rechts aus. Liefe set_config('role') doch zuerst, schlüge egh_sitzung als egh_app fehl (kein
  // EXECUTE-Recht) – die Anfrage endet dann mit einem Fehler, nie mit fremden Daten.
  const [sitzung, daten] = await d.folge(
    `select egh_sitzung(${literal(hash)}) as k, set_config('role', 'egh_app', true), set_config('plan_cache_mode', 'force_generic_plan', true); ${abfrage.aufruf}`,
    [{ name: abfrage.name, text: abfrage.text }],
  );
  const k = sitzung?.[0]?.k as Benutzerkontext | null | undefined;
  if (!k) throw nichtAngemeldet();
  anfrage.kontext = k;
  return (daten ?? []) as T[];
}
