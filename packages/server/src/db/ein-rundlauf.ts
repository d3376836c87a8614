// Leseanfragen in einem Rundlauf zur Datenbank. Eine Anfrage an /api/v1 kostete sonst fünf:
// Sitzung prüfen, BEGIN, Mandant setzen, Abfrage, COMMIT – auf einer ausgelasteten Maschine ist
// jeder Rundlauf teurer als die Abfrage selbst. Hier gehen Sitzungsprüfung (egh_sitzung, setzt den
// Träger der Transaktion), Rollenwechsel zu egh_app und die Abfrage als eine Folge vorbereiteter
// Anweisungen mit Parametern zur Datenbank (Datenbank.folge, db/anweisungsfolge.ts): eine implizite
// Transaktion, dieselbe Row-Level-Security wie alsMandant.
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { type Column, Placeholder, getTableColumns, is } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { Anweisung } from './anweisungsfolge.ts';
import type { Datenbank } from './verbindung.ts';
import { nichtAngemeldet } from '../http/problem.ts';
import { type Benutzerkontext, merkeSitzung, sitzungsCookie } from '../http/sitzung.ts';

/** Der Wert eines Parameters einer Drizzle-Abfrage; ein benannter Platzhalter nimmt seinen Wert aus `werte`. */
function parameterWert(p: unknown, werte: Record<string, unknown>): unknown {
  if (!is(p, Placeholder)) return p;
  if (!(p.name in werte)) throw new Error(`Kein Wert für den Platzhalter ${p.name}.`);
  return werte[p.name];
}

let naechstesMuster = 0;

/**
 * Abfragen einer Tabelle, einmal je Form (Filterkombination) von Drizzle gebaut und auf jeder
 * Verbindung einmal vorbereitet: Drizzle baute den Text sonst bei jeder Anfrage neu, und PostgreSQL
 * plante ihn jedes Mal (zusammen mehr als die Abfrage selbst). Die Werte der Anfrage stehen als
 * `sql.placeholder(name)` in der Abfrage und gehen als Parameter zur Datenbank, nie in den Text.
 * Row-Level-Security gilt auch für vorbereitete Anweisungen: PostgreSQL plant neu, wenn die Rolle
 * beim Ausführen eine andere ist als beim Planen.
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
  abfrage(form: string, baue: () => { toSQL(): { sql: string; params: unknown[] } }, werte: Record<string, unknown>): Anweisung {
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
    return { name: m.name, text: m.text, werte: m.params.map((p) => parameterWert(p, werte)) };
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
 * Sitzung prüfen und zur Rolle egh_app wechseln, in einer Anweisung: PostgreSQL wertet die
 * Ausgabeliste von links nach rechts aus. Liefe set_config('role') doch zuerst, schlüge egh_sitzung
 * als egh_app fehl (kein EXECUTE-Recht) – die Anfrage endet dann mit einem Fehler, nie mit fremden
 * Daten, und die Abfrage danach läuft nicht (nach einem Fehler überspringt der Server alles bis zum
 * Sync). force_generic_plan: Mit `limit $n` hält PostgreSQL den allgemeinen Plan für teurer und plante
 * sonst bei jedem Aufruf neu (0,2 ms, so viel wie die Abfrage); der allgemeine Plan ist hier derselbe
 * (Index frist_traeger_faellig_idx, inkrementelle Sortierung – EXPLAIN in docs/ARCHITECTURE.md).
 * Beides gilt nur in dieser impliziten Transaktion.
 */
const sitzungUndRolle = {
  name: 'egh_sitzung_als_app',
  text: `select egh_sitzung($1) as k, set_config('role', 'egh_app', true), set_config('plan_cache_mode', 'force_generic_plan', true)`,
};

/**
 * Prüft die Sitzung der Anfrage und führt `abfrage` (eine Anweisung) unter der Rolle egh_app mit dem
 * Träger des Benutzers aus – in einem Rundlauf. Ohne gültige Sitzung 401; die Abfrage lief dann ohne
 * Träger und sah nichts. Rollenprüfungen macht der Aufrufer danach (die Row-Level-Security hat schon
 * gefiltert).
 */
export async function leseMitSitzung<T = Record<string, unknown>>(d: Datenbank, anfrage: FastifyRequest, abfrage: Anweisung): Promise<T[]> {
  const token = anfrage.cookies[sitzungsCookie];
  if (!token) throw nichtAngemeldet();
  const hash = createHash('sha256').update(token).digest('hex');
  const [sitzung, daten] = await d.folge([{ ...sitzungUndRolle, werte: [hash] }, abfrage]);
  const k = sitzung?.[0]?.k as Benutzerkontext | null | undefined;
  if (!k) throw nichtAngemeldet();
  anfrage.kontext = merkeSitzung(k, hash);
  return (daten ?? []) as T[];
}
