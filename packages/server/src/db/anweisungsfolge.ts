// Mehrere Anweisungen mit Parametern in einem Rundlauf und einer impliziten Transaktion: das
// erweiterte Protokoll von PostgreSQL (Parse/Bind/Describe/Execute je Anweisung, am Ende ein Sync).
// Bis zum Sync ist alles eine Transaktion – set_config(…, true) der ersten Anweisung gilt für die
// folgenden –, und scheitert eine Anweisung, überspringt der Server den Rest bis zum Sync.
//
// node-postgres schickt jede Abfrage mit eigenem Sync (auch im Pipeline-Modus, dann je eine
// Transaktion); eine einfache Abfrage mit mehreren Anweisungen kennt keine Parameter (die Werte
// müssten als Literale in den Text) und wird bei jedem Aufruf neu zerlegt und geplant. Gemessen
// (10.000 Ansprüche, GET /fristen hinter einem nackten node:http-Server, p50): 0,52 ms als einfache
// Abfrage mit `execute name(…)`, 0,385 ms so.
//
// Die Klasse erweitert pg.Query (Zeilen mit den Typparsern, mehrere Ergebnisse, Fehler, Callback)
// und ersetzt nur, was sie sendet. Für PGlite schickt `pgliteFolge` dieselben Nachrichten in einem
// Puffer (execProtocol) und gibt die Antworten derselben Klasse.
import pg from 'pg';
import { serialize } from 'pg-protocol';
import type { PGlite } from '@electric-sql/pglite';

/** Eine benannte Anweisung mit ihren Werten ($1, $2, …); vorbereitet wird sie einmal je Verbindung. */
export interface Anweisung {
  /** Name der vorbereiteten Anweisung, je Prozess eindeutig für diesen Text. */
  name: string;
  text: string;
  /** Werte der Platzhalter: Zeichenketten, Zahlen, Wahrheitswerte oder null. */
  werte: unknown[];
}

/** Was die Folge von einer Verbindung braucht: die Nachrichten des erweiterten Protokolls (node-postgres' Connection). */
interface Nachrichten {
  parse(m: { name: string; text: string; types: number[] }): void;
  bind(m: { statement: string; values: (string | null)[] }): void;
  describe(m: { type: 'S' | 'P'; name: string }): void;
  execute(m: { portal: string }): void;
  close(m: { type: 'S' | 'P'; name: string }): void;
  sync(): void;
}

/** Die Teile von pg.Query, die diese Klasse nutzt (nicht in @types/pg). */
interface PgQueryIntern {
  callback?: (fehler: Error | undefined, ergebnis: pg.QueryResult | pg.QueryResult[]) => void;
  handleRowDescription(m: unknown): void;
  handleDataRow(m: unknown): void;
  handleCommandComplete(m: unknown, verbindung: unknown): void;
  handleEmptyQuery(verbindung: unknown): void;
  handleReadyForQuery(verbindung: unknown): void;
  handleError(fehler: Error, verbindung: unknown): void;
}

const QueryBasis = pg.Query as unknown as new (konfiguration: pg.QueryConfig) => PgQueryIntern;

/**
 * Ein Wert für Bind, als Text: Zeichenketten, endliche Zahlen, Wahrheitswerte und null. Alles andere
 * ist ein Programmierfehler (die Werte kommen aus geprüften Anfragen, nicht aus Objekten).
 */
export function wertFuerBind(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  throw new Error(`Ein Wert vom Typ ${typeof v} lässt sich nicht als Parameter senden.`);
}

export class Anweisungsfolge extends QueryBasis {
  private readonly anweisungen: Anweisung[];
  /** Die Werte als Text, umgewandelt, bevor etwas gesendet wird (ein ungültiger Wert wirft hier). */
  private readonly werte: (string | null)[][];
  /** Auf dieser Verbindung schon vorbereitete Namen. */
  private readonly vorbereitet: Set<string>;

  constructor(anweisungen: Anweisung[], vorbereitet: Set<string>, typen: pg.CustomTypesConfig) {
    // Der Text wird nie gesendet; pg.Query verlangt einen.
    super({ text: anweisungen.map((a) => a.name).join('; '), types: typen });
    this.anweisungen = anweisungen;
    this.werte = anweisungen.map((a) => a.werte.map(wertFuerBind));
    this.vorbereitet = vorbereitet;
  }

  /** Immer das erweiterte Protokoll (pg.Query ruft dann `prepare`). */
  requiresPreparation(): boolean {
    return true;
  }

  /** Sendet alle Anweisungen und ein Sync; pg.Query fasst die Antworten zu Ergebnissen je Anweisung. */
  prepare(v: Nachrichten): void {
    for (const [i, a] of this.anweisungen.entries()) {
      if (!this.vorbereitet.has(a.name)) {
        // Close auf einen unbekannten Namen ist kein Fehler; so bleibt kein halb vorbereiteter Name
        // aus einer gescheiterten Folge stehen.
        v.close({ type: 'S', name: a.name });
        v.parse({ name: a.name, text: a.text, types: [] });
        this.vorbereitet.add(a.name);
      }
      v.bind({ statement: a.name, values: this.werte[i] ?? [] });
      v.describe({ type: 'P', name: '' });
      v.execute({ portal: '' });
    }
    v.sync();
  }

  /** Die Zeilen je Anweisung, sobald der Server das Sync beantwortet hat. */
  ergebnis(): Promise<Record<string, unknown>[][]> {
    return new Promise((ok, fehler) => {
      this.callback = (f, e) => {
        if (f) {
          // Scheitert eine Anweisung, ist offen, welche Namen der Server vorbereitet hat.
          for (const a of this.anweisungen) this.vorbereitet.delete(a.name);
          fehler(f);
        } else ok((Array.isArray(e) ? e : [e]).map((x) => x.rows as Record<string, unknown>[]));
      };
    });
  }
}

/** Eine Folge auf einem pg-Client (aus dem Pool); die Namen merkt sich die Folge je Client. */
const vorbereitetJeClient = new WeakMap<pg.ClientBase, Set<string>>();
export function pgFolge(
  client: pg.ClientBase,
  anweisungen: Anweisung[],
  typen: pg.CustomTypesConfig,
): Promise<Record<string, unknown>[][]> {
  let bekannt = vorbereitetJeClient.get(client);
  if (!bekannt) vorbereitetJeClient.set(client, (bekannt = new Set<string>()));
  const f = new Anweisungsfolge(anweisungen, bekannt, typen);
  const ergebnis = f.ergebnis();
  void client.query(f as unknown as pg.Submittable);
  return ergebnis;
}

/**
 * Dieselbe Folge auf PGlite: alle Nachrichten in einem Puffer, ausgeführt unter den Sperren, die auch
 * `exec` nimmt (keine andere Abfrage und keine offene Transaktion dazwischen). Die Antworten gehen an
 * dieselbe Klasse wie bei PostgreSQL.
 */
const vorbereitetJePglite = new WeakMap<PGlite, Set<string>>();
export async function pgliteFolge(db: PGlite, anweisungen: Anweisung[], typen: pg.CustomTypesConfig): Promise<Record<string, unknown>[][]> {
  let bekannt = vorbereitetJePglite.get(db);
  if (!bekannt) vorbereitetJePglite.set(db, (bekannt = new Set<string>()));
  const f = new Anweisungsfolge(anweisungen, bekannt, typen);
  const ergebnis = f.ergebnis();
  const teile: Uint8Array[] = [];
  const sammler: Nachrichten = {
    parse: (m) => teile.push(serialize.parse(m)),
    bind: (m) => teile.push(serialize.bind(m)),
    describe: (m) => teile.push(serialize.describe(m)),
    execute: (m) => teile.push(serialize.execute(m)),
    close: (m) => teile.push(serialize.close(m)),
    sync: () => teile.push(serialize.sync()),
  };
  f.prepare(sammler);
  let antworten;
  try {
    antworten = (
      await db._runExclusiveTransaction(() => db._runExclusiveQuery(() => db.execProtocol(Buffer.concat(teile), { throwOnError: true })))
    ).messages;
  } catch (e) {
    f.handleError(e as Error, sammler);
    return ergebnis;
  }
  for (const m of antworten) {
    if (m.name === 'rowDescription') f.handleRowDescription(m);
    else if (m.name === 'dataRow') f.handleDataRow(m);
    else if (m.name === 'commandComplete') f.handleCommandComplete(m, sammler);
    else if (m.name === 'emptyQuery') f.handleEmptyQuery(sammler);
  }
  f.handleReadyForQuery(sammler);
  return ergebnis;
}
