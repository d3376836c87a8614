// Zwei Treiber, ein Schema, eine Migrationsgeschichte: eingebettetes PGlite (Standard, Verzeichnis
// ./data oder EGH_DATA_DIR) oder PostgreSQL (DATABASE_URL). Migrationen laufen beim Start.
// PostgreSQL mit zwei Verbindungen (Issue 15, docs/BETRIEB.md): Arbeit für Träger (alsMandant mit
// Sitzung, Datenbank.folge) unter der Anmelderolle aus DATABASE_URL, die nichts besitzt (Mitglied von
// egh_laufzeit); Migrationen und Systemarbeit (Anmeldung, Sitzungen, Stammdaten, Nachberechnung,
// Import, Kommandozeile) als Eigentümer aus EGH_MIGRATION_URL (Standard: DATABASE_URL).
import { mkdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import pg from 'pg';
import * as schema from './schema.ts';
import { type Anweisung, pgFolge, pgliteFolge } from './anweisungsfolge.ts';
import { nichtAngemeldet } from '../http/problem.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export interface Datenbank {
  art: 'pglite' | 'postgresql';
  db: Db;
  /** Parametrisiertes SQL als Eigentümer, ohne Mandant (Massenladen, Betrieb, Benchmarks). */
  roh<T = Record<string, unknown>>(text: string, parameter?: unknown[]): Promise<T[]>;
  /**
   * Mehrere vorbereitete Anweisungen mit Parametern in einem Rundlauf und einer impliziten
   * Transaktion (erweitertes Protokoll, ein Sync; set_config(…, true) gilt bis zur letzten
   * Anweisung; db/anweisungsfolge.ts). Jede Anweisung wird einmal je Verbindung vorbereitet. Zeilen je
   * Anweisung, mit den Typen der API: date als 'JJJJ-MM-TT', bigint als Zahl, json geparst,
   * timestamptz als Date.
   */
  folge(anweisungen: Anweisung[]): Promise<Record<string, unknown>[][]>;
  schliessen(): Promise<void>;
  /**
   * Gesetzt, sobald die Datenbank nicht mehr benutzbar ist (PGlite nach E/A-Fehler oder vollem
   * Datenträger: auch `select 1` scheitert). Dann antwortet der Server nur noch 503 und beendet sich
   * für die Prozessverwaltung (app.ts, server.ts) – nie halb lebendig.
   */
  stoerung?: string;
  /** PGlite: das Datenverzeichnis (fehlt bei einer flüchtigen Datenbank); für /health/ready. */
  verzeichnis?: string;
  /** PostgreSQL: Füllstand der Pools für /metrics. */
  pools?: () => { name: string; gesamt: number; frei: number; wartend: number }[];
}

export const migrationsVerzeichnis = join(import.meta.dirname, '../../drizzle');

export interface Verbindungsoptionen {
  /** PostgreSQL-URL der Laufzeitrolle (DATABASE_URL); ohne sie wird PGlite verwendet. */
  url?: string;
  /**
   * PostgreSQL-URL des Eigentümers (EGH_MIGRATION_URL): Migrationen und Systemarbeit. Standard: die
   * Umgebungsvariable, sonst `url` – dann ist `url` der Eigentümer, und die Arbeit für Träger wechselt
   * je Verbindung zur Rolle egh_laufzeit (ein Benutzer; schwächer, docs/SICHERHEIT.md).
   */
  migrationUrl?: string;
  /** Datenverzeichnis für PGlite; `memory://` (bzw. undefined) für eine flüchtige Datenbank. */
  verzeichnis?: string;
}

const ohneUmwandlung = (v: string) => v;
/** Typumwandlung wie Drizzle sie für date (mode 'string') und bigint (mode 'number') macht. */
const apiTypenPg = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary'): unknown =>
    oid === 1082
      ? ohneUmwandlung
      : oid === 20
        ? Number
        : (pg.types.getTypeParser as (o: number, f: string) => unknown)(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};

/** Die Rolle, der jede Anmelderolle des Servers angehört (Migration 0014). */
export const laufzeitRolle = 'egh_laufzeit';

/**
 * Legt die Rolle egh_app an (und macht den migrierenden Benutzer zu ihrem Mitglied), falls das fehlt –
 * vor den Migrationen, die dasselbe tun (0001_zeilensicherheit.sql). Rollen gelten im ganzen Cluster,
 * die Beratungssperre der Migration nur je Datenbank: Migrierten zwei Datenbanken eines Clusters
 * gleichzeitig (Testläufe, Staging neben Produktion), sähen beide „egh_app fehlt“, und die zweite
 * schlüge in der Migration fehl (duplicate key … pg_authid_rolname_index). Hier wartet die zweite auf
 * die erste und findet die Rolle dann vor. Die Migration bleibt unverändert: ihr Hash steht in jeder
 * Sicherung (egh restore vergleicht ihn).
 */
export async function sichereAppRolle(client: pg.ClientBase, rolle = 'egh_app'): Promise<void> {
  const name = pg.escapeLiteral(rolle);
  await client.query(`DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ${name}) THEN
    BEGIN
      CREATE ROLE ${pg.escapeIdentifier(rolle)} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
    EXCEPTION WHEN unique_violation OR duplicate_object THEN
      NULL;
    END;
  END IF;
  IF NOT pg_has_role(current_user, ${name}, 'MEMBER') THEN
    BEGIN
      EXECUTE format('GRANT %I TO %I', ${name}, current_user);
    EXCEPTION WHEN unique_violation OR duplicate_object THEN
      NULL;
    END;
  END IF;
END
$$`);
}

/**
 * Ein Pool, dessen ausgeliehene Verbindungen sich selbst zurückgeben, wenn PostgreSQL sie beendet.
 * Wer eine Verbindung ausleiht, gibt sie sonst nicht immer zurück: Drizzles `transaction` schickt
 * BEGIN vor seinem try/finally – scheitert schon das BEGIN, blieb die tote Verbindung ausgeliehen,
 * und nach einigen Abbrüchen war der Pool voll toter Verbindungen (jede weitere Anfrage wartete).
 * Die Rückgabe ist danach einmalig; ein späteres `release()` des Ausleihers tut nichts mehr.
 */
class Verbindungspool extends pg.Pool {
  override connect(): Promise<pg.PoolClient>;
  override connect(rueckruf: (fehler: Error | undefined, client: pg.PoolClient | undefined, fertig: (e?: Error) => void) => void): void;
  override connect(
    rueckruf?: (fehler: Error | undefined, client: pg.PoolClient | undefined, fertig: (e?: Error) => void) => void,
  ): Promise<pg.PoolClient> | void {
    // Mit Rückruf (pool.query) kümmert sich der Aufrufer selbst um Fehler und Rückgabe.
    if (rueckruf) return super.connect(rueckruf as Parameters<pg.Pool['connect']>[0]);
    return super.connect().then((client) => {
      const zurueck = client.release.bind(client);
      let frei = false;
      const tot = (e: Error) => {
        if (frei) return;
        frei = true;
        zurueck(e);
      };
      client.once('error', tot);
      client.release = (e?: Error | boolean) => {
        if (frei) return;
        frei = true;
        client.removeListener('error', tot);
        zurueck(e);
      };
      return client;
    });
  }
}

/** Zu jeder Drizzle-Instanz des Eigentümers die der Laufzeitrolle (nur PostgreSQL). */
const laufzeitDb = new WeakMap<Db, Db>();

/** Ein Pool auf `url`; `options` sind Startparameter (z. B. `-c role=…`). */
function oeffnePool(url: string, max: number, options?: string): { pool: pg.Pool; schliessen: () => Promise<void> } {
  const pool = new Verbindungspool({ connectionString: url, max, ...(options ? { options } : {}) });
  // Beendet PostgreSQL eine Verbindung (Neustart, Failover, pg_terminate_backend: 57P01), meldet
  // der Client ein 'error'-Ereignis. Der Pool hört darauf nur bei ruhenden Verbindungen; eine
  // ausgeliehene – mitten in einer Transaktion, zwischen zwei Abfragen – hatte keinen Zuhörer,
  // und Node beendete den Prozess („Unhandled 'error' event“). Darum hört jeder Client selbst
  // zu: Die laufende oder nächste Abfrage der Anfrage scheitert dann (503, app.ts), der Pool
  // verwirft die Verbindung beim Zurückgeben (_queryable ist falsch) und baut eine neue auf.
  const offen = new Set<pg.Client>();
  pool.on('connect', (client) => {
    offen.add(client);
    client.on('error', (e) => console.error(`PostgreSQL-Verbindung beendet: ${e.message}`));
  });
  pool.on('remove', (client) => offen.delete(client));
  // Für ruhende Verbindungen meldet der Pool denselben Fehler noch einmal; gemeldet hat ihn schon der Client.
  pool.on('error', () => undefined);
  return {
    pool,
    schliessen: async () => {
      // pool.end() löst auf, sobald die Verbindungen aus dem Pool genommen sind – noch während sie
      // sich abmelden. Wer danach die Datenbank löscht oder den Server anhält, beendete sie mitten
      // darin, und der Pool meldete „PostgreSQL-Verbindung beendet“. Darum bis zur letzten warten.
      // Gezählt wird je Client (nicht pool.totalCount): Eine beendete Verbindung verlässt den Pool,
      // bevor sie 'remove' meldet – ein Zähler liefe dann an der Null vorbei.
      const zu = new Promise<void>((ok) => {
        if (offen.size === 0) ok();
        pool.on('remove', () => {
          if (offen.size === 0) ok();
        });
      });
      await pool.end();
      await zu;
    },
  };
}

/**
 * Prüft beim Start die Rolle, unter der die Arbeit für Träger läuft: kein Superuser, kein
 * BYPASSRLS, Mitglied von egh_laufzeit und Eigentümer von nichts in dieser Datenbank (keine
 * Tabelle, Funktion, kein Schema) – sonst könnte sie Zeilensicherheit, Siegel oder Protokoll umgehen.
 */
async function pruefeLaufzeitrolle(pool: pg.Pool, einBenutzer: boolean): Promise<void> {
  type Zeile = { name: string; rolsuper: boolean; rolbypassrls: boolean; mitglied: boolean; besitz: number };
  let z: Zeile | undefined;
  try {
    [z] = (
      await pool.query<Zeile>(`select current_user as name, r.rolsuper, r.rolbypassrls,
          pg_has_role(current_user, '${laufzeitRolle}', 'MEMBER') as mitglied,
          (select count(*) from pg_class c where c.relowner = r.oid)::int
            + (select count(*) from pg_proc p where p.proowner = r.oid)::int
            + (select count(*) from pg_namespace n where n.nspowner = r.oid)::int as besitz
          from pg_roles r where r.rolname = current_user`)
    ).rows;
  } catch (e) {
    throw new Datenbankfehler(
      einBenutzer
        ? `Der Server kann für die Arbeit der Träger nicht zur Rolle ${laufzeitRolle} wechseln (${(e as Error).message}). Der Benutzer aus DATABASE_URL muss Mitglied von ${laufzeitRolle} sein, oder der Server meldet sich mit einer eigenen Laufzeitrolle an (EGH_MIGRATION_URL, docs/BETRIEB.md).`
        : `Die Anmeldung mit DATABASE_URL ist gescheitert (${(e as Error).message}).`,
      { cause: e },
    );
  }
  if (!z) throw new Datenbankfehler('Die Rolle der Verbindung DATABASE_URL ist unbekannt.');
  const maengel = [
    z.rolsuper ? 'ist Superuser' : '',
    z.rolbypassrls ? 'hat BYPASSRLS' : '',
    z.mitglied ? '' : `ist nicht Mitglied von ${laufzeitRolle}`,
    z.besitz > 0 ? `besitzt ${z.besitz} Objekte dieser Datenbank` : '',
  ].filter(Boolean);
  if (maengel.length)
    throw new Datenbankfehler(
      `Die Rolle „${z.name}“ aus DATABASE_URL ${maengel.join(', ')}. Der Server arbeitet für die Träger nur unter einer Rolle, die nichts besitzt und Mitglied von ${laufzeitRolle} ist; Migrationen laufen mit EGH_MIGRATION_URL als Eigentümer (docs/BETRIEB.md).`,
    );
}

/** Öffnet die Datenbank und bringt das Schema auf den neuesten Stand. */
export async function oeffneDatenbank(o: Verbindungsoptionen): Promise<Datenbank> {
  if (o.url) {
    const eigentuemerUrl = o.migrationUrl ?? (process.env.EGH_MIGRATION_URL || o.url);
    const einBenutzer = eigentuemerUrl === o.url;
    const eigentuemer = oeffnePool(eigentuemerUrl, Number(process.env.EGH_DB_SYSTEM_POOL ?? 5));
    const client = await eigentuemer.pool.connect();
    try {
      // Mehrere Instanzen starten gleichzeitig: Migrationen unter einer Advisory-Sperre.
      await client.query('select pg_advisory_lock(774411)');
      await sichereAppRolle(client);
      await sichereAppRolle(client, laufzeitRolle);
      await migratePg(drizzlePg(client, { schema }), { migrationsFolder: migrationsVerzeichnis });
    } finally {
      await client.query('select pg_advisory_unlock(774411)');
      client.release();
    }
    // Ein Benutzer: dieselbe Anmeldung, aber jede Verbindung beginnt als egh_laufzeit (Startparameter
    // role, gilt auch nach RESET ROLE; SET ROLE NONE führt zurück zum Eigentümer).
    let laufzeit: ReturnType<typeof oeffnePool> | undefined;
    try {
      laufzeit = oeffnePool(o.url, Number(process.env.EGH_DB_POOL ?? 20), einBenutzer ? `-c role=${laufzeitRolle}` : undefined);
      await pruefeLaufzeitrolle(laufzeit.pool, einBenutzer);
    } catch (e) {
      await laufzeit?.schliessen();
      await eigentuemer.schliessen();
      throw e;
    }
    const lz = laufzeit;
    const folgePool = laufzeit.pool;
    const db = drizzlePg(eigentuemer.pool, { schema }) as unknown as Db;
    laufzeitDb.set(db, drizzlePg(folgePool, { schema }));
    const fuellstand = (name: string, p: pg.Pool) => ({ name, gesamt: p.totalCount, frei: p.idleCount, wartend: p.waitingCount });
    return {
      art: 'postgresql',
      db,
      pools: () => [fuellstand('laufzeit', folgePool), fuellstand('eigentuemer', eigentuemer.pool)],
      roh: async <T>(text: string, parameter: unknown[] = []) => (await eigentuemer.pool.query(text, parameter)).rows as T[],
      folge: async (anweisungen: Anweisung[]) => {
        const client = await folgePool.connect();
        let kaputt: Error | undefined;
        try {
          return await pgFolge(client, anweisungen, apiTypenPg);
        } catch (e) {
          // Im Zweifel die Verbindung verwerfen (mit ihr ihre vorbereiteten Anweisungen).
          kaputt = e as Error;
          throw e;
        } finally {
          client.release(kaputt);
        }
      },
      schliessen: async () => {
        await Promise.all([lz.schliessen(), eigentuemer.schliessen()]);
      },
    };
  }
  const verzeichnis = o.verzeichnis && o.verzeichnis !== 'memory://' ? o.verzeichnis : undefined;
  if (verzeichnis) pruefeVerzeichnis(verzeichnis);
  const client = verzeichnis ? new PGlite(verzeichnis) : new PGlite();
  const pgliteDb = drizzlePglite(client, { schema });
  try {
    await migratePglite(pgliteDb, { migrationsFolder: migrationsVerzeichnis });
  } catch (e) {
    await client.close().catch(() => undefined);
    // PGlite meldet ein volles oder schreibgeschütztes Verzeichnis nur als „failed to initialize“
    // oder als gescheiterte erste Migration: Ursache am Verzeichnis selbst feststellen.
    if (verzeichnis) pruefeVerzeichnis(verzeichnis, true);
    throw new Datenbankfehler(
      `Die Datenbank in „${verzeichnis ?? 'memory://'}“ ließ sich nicht öffnen: ${(e as Error).message.split('\n')[0]}. Ist das Verzeichnis von einer anderen Version oder beschädigt, die letzte Sicherung in ein neues Verzeichnis wiederherstellen (egh restore).`,
      { cause: e },
    );
  }
  return {
    art: 'pglite',
    db: pgliteDb as unknown as Db,
    ...(verzeichnis ? { verzeichnis } : {}),
    roh: async <T>(text: string, parameter: unknown[] = []) => (await client.query<T>(text, parameter)).rows,
    folge: (anweisungen: Anweisung[]) => pgliteFolge(client, anweisungen, apiTypenPg),
    schliessen: () => client.close(),
  };
}

/** Der SQLSTATE eines Fehlers oder einer seiner Ursachen (Drizzle hüllt Treiberfehler ein). */
export function sqlstate(e: unknown): string | undefined {
  for (let f = e, tiefe = 0; f && typeof f === 'object' && tiefe < 8; f = (f as { cause?: unknown }).cause, tiefe++) {
    const code = (f as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/**
 * Ist die Datenbank noch benutzbar? Nur für PGlite (ein Prozess, keine zweite Verbindung): Nach
 * einem unerwarteten Fehler prüft `select 1` (höchstens 2 s), ob sie noch antwortet. Wenn nicht,
 * wird `stoerung` gesetzt und true zurückgegeben.
 */
export async function pruefeStoerung(d: Datenbank): Promise<boolean> {
  if (d.stoerung) return true;
  if (d.art !== 'pglite') return false;
  let zeit: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      d.roh('select 1'),
      new Promise((_ok, fehler) => {
        zeit = setTimeout(() => fehler(new Error('keine Antwort in 2 s')), 2000);
      }),
    ]);
    return false;
  } catch (e) {
    d.stoerung = `Die eingebettete Datenbank antwortet nicht mehr (${(e as Error).message.split('\n')[0]}); häufig ist der Datenträger voll oder meldet E/A-Fehler.`;
    return true;
  } finally {
    clearTimeout(zeit);
  }
}

/** SQLSTATE-Klassen und -Codes, bei denen die Verbindung zur Datenbank weg ist (nicht die Anfrage falsch). */
const verbindungsCodes = new Set(['57P01', '57P02', '57P03', '53300']);
const netzCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
const verbindungsMeldungen = [
  'Connection terminated',
  'not queryable',
  'timeout exceeded when trying to connect',
  'Cannot use a pool after calling end',
  'Connection ended',
];

/**
 * Ist `e` (oder eine seiner Ursachen – Drizzle hüllt Treiberfehler in DrizzleQueryError) ein Abbruch
 * der Verbindung zur Datenbank? Dann ist die Anfrage nicht falsch, sondern die Datenbank kurz nicht
 * erreichbar: 503 statt 500 (app.ts).
 */
export function istVerbindungsfehler(e: unknown): boolean {
  for (let f = e, tiefe = 0; f && typeof f === 'object' && tiefe < 8; f = (f as { cause?: unknown }).cause, tiefe++) {
    const code = (f as { code?: unknown }).code;
    if (typeof code === 'string' && (code.startsWith('08') || verbindungsCodes.has(code) || netzCodes.has(code))) return true;
    const meldung = (f as { message?: unknown }).message;
    if (typeof meldung === 'string' && verbindungsMeldungen.some((m) => meldung.includes(m))) return true;
  }
  return false;
}

/** Die Datenbank lässt sich nicht öffnen oder benutzen; die Meldung ist für Menschen (deutsch). */
export class Datenbankfehler extends Error {}

/** Mindestens so viel freier Platz, damit PGlite startet und migriert (gemessen: 1 MB reicht nicht). */
const mindestPlatz = 64 * 1024 * 1024;

/**
 * Prüft ein Datenverzeichnis für PGlite: anlegbar, beschreibbar, mit `auchPlatz` (nach einem
 * gescheiterten Öffnen) auch genug freier Platz. Sonst ein
 * Datenbankfehler mit deutscher Meldung statt PGlites „failed to initialize“ oder eines
 * DrizzleQueryError der ersten Migration.
 */
export function pruefeVerzeichnis(verzeichnis: string, auchPlatz = false): void {
  const probe = join(verzeichnis, '.egh-schreibprobe');
  try {
    mkdirSync(verzeichnis, { recursive: true });
    writeFileSync(probe, Buffer.alloc(4096));
    rmSync(probe, { force: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC' || code === 'EDQUOT')
      throw new Datenbankfehler(
        `Im Datenverzeichnis „${verzeichnis}“ ist kein Platz mehr (Datenträger voll). Bitte Platz schaffen oder mit EGH_DATA_DIR ein Verzeichnis auf einem anderen Datenträger wählen; die Daten bleiben, wie sie zuletzt gespeichert waren.`,
        { cause: e },
      );
    throw new Datenbankfehler(
      `Das Datenverzeichnis „${verzeichnis}“ ist nicht beschreibbar (${code === 'EROFS' || code === 'ENOENT' ? 'schreibgeschütztes Dateisystem' : code === 'EACCES' || code === 'EPERM' ? 'keine Schreibrechte' : code}). Der Server braucht Schreibrechte auf das Verzeichnis; sonst mit EGH_DATA_DIR ein anderes wählen.`,
      { cause: e },
    );
  }
  if (!auchPlatz) return;
  let frei: number | undefined;
  try {
    const s = statfsSync(verzeichnis);
    frei = s.bavail * s.bsize;
  } catch {
    frei = undefined;
  }
  if (frei !== undefined && frei < mindestPlatz)
    throw new Datenbankfehler(
      `Im Datenverzeichnis „${verzeichnis}“ sind nur noch ${(frei / 1024 / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB frei; der Server braucht mindestens ${mindestPlatz / 1024 / 1024} MB. Bitte Platz schaffen oder mit EGH_DATA_DIR ein Verzeichnis auf einem anderen Datenträger wählen.`,
    );
}

/** Wer eine Anfrage stellt: bestimmt Rolle und Einstellungen der Transaktion. */
export interface Mandant {
  traegerId: string | null;
  benutzerId: string | null;
  betrieb: boolean;
  /**
   * SHA-256 des Sitzungstokens, wenn der Mandant aus einer Sitzung stammt (mandantVon). Dann setzt
   * die Datenbank Träger, Benutzer und Betrieb aus der Sitzung (egh_sitzung) unter der Laufzeitrolle;
   * ohne ihn (Start, Demo, Import, Kommandozeile) der Eigentümer mit egh_als_mandant.
   */
  sitzung?: string;
}

/**
 * Führt `fn` in einer Transaktion unter der Anwendungsrolle egh_app aus, mit dem Träger des
 * Benutzers als versiegeltem Kontext (Migration 0014): Die Row-Level-Security-Richtlinien filtern
 * jede Abfrage, auch eine, die ihren Filter vergessen hat. Alles in `fn` ist eine Transaktion (alles
 * oder nichts). Mit Sitzung auf der Verbindung der Laufzeitrolle (PostgreSQL), sonst als Eigentümer.
 */
export async function alsMandant<T>(db: Db, m: Mandant, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const { sitzung } = m;
  if (sitzung !== undefined)
    return (laufzeitDb.get(db) ?? db).transaction(async (tx) => {
      // Eine Anweisung: erst die Sitzung (setzt den Kontext), dann set_config('role', …, true) wie SET LOCAL ROLE.
      const [z] = await zeilen<{ gueltig: boolean }>(
        tx.execute(sql`select egh_sitzung(${sitzung}) is not null as gueltig, set_config('role', 'egh_app', true)`),
      );
      // Die Sitzung endete zwischen Prüfung und Transaktion (abgemeldet, abgelaufen, Benutzer gesperrt).
      if (!z?.gueltig) throw nichtAngemeldet();
      return fn(tx);
    });
  return db.transaction(async (tx) => {
    await tx.execute(sql`select egh_als_mandant(${m.traegerId}, ${m.benutzerId}::uuid, ${m.betrieb}), set_config('role', 'egh_app', true)`);
    return fn(tx);
  });
}

/** Systemzugriff als Eigentümer (Anmeldung, Sitzungen, Stammdaten, Migration) – ohne Mandant. */
export async function alsSystem<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(fn);
}

/** Zeilen eines `execute` (node-postgres und PGlite liefern beide `{ rows }`). */
export async function zeilen<T = Record<string, unknown>>(abfrage: Promise<unknown>): Promise<T[]> {
  const r = (await abfrage) as { rows?: T[] };
  return r.rows ?? [];
}

/**
 * Schreibt in derselben Transaktion Zeilen eines anderen beteiligten Trägers (z. B. dessen Fristen,
 * die aus einem gemeinsamen Datensatz folgen) und stellt danach den eigenen Träger wieder her.
 * Nur für Zeilen, die das Regelwerk für beide Parteien eines sichtbaren Datensatzes erzeugt: Die
 * Datenbank (egh_als_partei) wechselt nur zu einem Träger, mit dem der eigene einen für ihn sichtbaren
 * Erstattungsanspruch oder ein Amtshilfeersuchen teilt.
 */
export async function fuerTraeger<T>(tx: Tx, eigener: string | null, anderer: string, fn: () => Promise<T>): Promise<T> {
  // Ohne eigenen Träger läuft nur Systemarbeit als Eigentümer (alsSystem, z. B. die Nachberechnung
  // beim Start): Für den Eigentümer gilt keine Row-Level-Security, ein Wechsel ist weder nötig noch
  // möglich (egh_als_partei verlangt einen Träger der Transaktion).
  if (eigener === null || eigener === anderer) return fn();
  await tx.execute(sql`select egh_als_partei(${anderer})`);
  try {
    return await fn();
  } finally {
    await tx.execute(sql`select egh_als_partei(null)`);
  }
}
