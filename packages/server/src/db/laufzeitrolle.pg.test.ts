// Datenbankrollen (Issue 15, docs/SICHERHEIT.md): Der Server arbeitet für die Träger unter einer
// Anmelderolle, die nichts besitzt; den Träger einer Transaktion setzt nur die Datenbank (versiegelter
// Kontext, Migration 0014); das Protokoll bleibt für diese Rolle unveränderlich. Geprüft mit derselben
// Anmelderolle, die die Testumgebung dem Server gibt – so, wie eingeschleustes SQL sie nutzen könnte.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type Umgebung, baueUmgebung, testDb } from '../test/umgebung.ts';
import { sha256 } from '../http/sitzung.ts';
import { Datenbankfehler, oeffneDatenbank } from './verbindung.ts';

// Nur mit EGH_TEST_DB=postgresql eingeschlossen (vitest.config.ts).
if (testDb !== 'postgresql') throw new Error('laufzeitrolle.pg.test.ts braucht EGH_TEST_DB=postgresql.');

let u: Umgebung;
let laufzeit: pg.Client;
let prignitz: Client;
let schwaben: Client;
/** SHA-256 des Sitzungstokens eines angemeldeten Clients (wie ihn egh_sitzung erwartet). */
const hashVon = (c: Client) => sha256(c.cookie.slice(c.cookie.indexOf('=') + 1));

/** SQLSTATE, mit dem `abfrage` scheitert (oder „kein Fehler“). */
async function fehlerVon(abfrage: Promise<unknown>): Promise<string> {
  try {
    await abfrage;
    return 'kein Fehler';
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
}

/** Führt `fn` in einer Transaktion der Laufzeitverbindung aus und rollt sie danach zurück. */
async function inTransaktion<T>(fn: () => Promise<T>): Promise<T> {
  await laufzeit.query('begin');
  try {
    return await fn();
  } finally {
    await laufzeit.query('rollback');
  }
}

beforeAll(async () => {
  u = await baueUmgebung();
  laufzeit = new pg.Client({ connectionString: u.laufzeitUrl });
  await laufzeit.connect();
  prignitz = await u.als('prignitz');
  schwaben = await u.als('schwaben');
}, 120_000);

afterAll(async () => {
  await laufzeit?.end().catch(() => undefined);
  await u?.schliessen();
});

describe('Anmelderolle des Servers (postgresql)', () => {
  it('besitzt keine Tabelle, Funktion, kein Schema und keinen Typ, ist kein Superuser und umgeht keine Zeilensicherheit', async () => {
    const { rows } = await laufzeit.query<Record<string, unknown>>(`
      select r.rolsuper, r.rolbypassrls, r.rolcreaterole, r.rolcreatedb,
             (select count(*)::int from pg_class where relowner = r.oid) as tabellen,
             (select count(*)::int from pg_proc where proowner = r.oid) as funktionen,
             (select count(*)::int from pg_namespace where nspowner = r.oid) as schemata,
             (select count(*)::int from pg_type where typowner = r.oid) as typen,
             has_schema_privilege('public', 'CREATE') as darf_anlegen,
             pg_has_role('egh_laufzeit', 'MEMBER') as laufzeit
        from pg_roles r where r.rolname = current_user`);
    expect(rows[0]).toEqual({
      rolsuper: false,
      rolbypassrls: false,
      rolcreaterole: false,
      rolcreatedb: false,
      tabellen: 0,
      funktionen: 0,
      schemata: 0,
      typen: 0,
      darf_anlegen: false,
      laufzeit: true,
    });
    // Sitzungen und Geheimnis bleiben unlesbar, Mandanten ohne Sitzung setzt nur der Eigentümer.
    expect(await fehlerVon(laufzeit.query('select token_hash from sitzung'))).toBe('42501');
    expect(await fehlerVon(laufzeit.query('select * from egh_intern.geheimnis'))).toBe('42501');
    expect(await fehlerVon(laufzeit.query(`select egh_als_mandant('bezirk-schwaben', null, false)`))).toBe('42501');
    expect(await fehlerVon(laufzeit.query(`select egh_als_mandant('bezirk-schwaben', null, true)`))).toBe('42501');
  });

  it('die Anfragen der Träger laufen unter ihr: Der Server hält Verbindungen als diese Rolle', async () => {
    expect((await schwaben.get('/api/v1/erstattungsansprueche')).statusCode).toBe(200);
    const [z] = await u.datenbank.roh<{ n: number }>(
      `select count(*)::int as n from pg_stat_activity where datname = current_database() and usename = $1 and pid <> $2`,
      [new URL(u.laufzeitUrl ?? '').username, (await laufzeit.query<{ p: number }>('select pg_backend_pid() as p')).rows[0]?.p],
    );
    expect(z?.n).toBeGreaterThan(0);
  });

  it('verweigert den Start, wenn DATABASE_URL der Eigentümer ist und EGH_MIGRATION_URL gesetzt', async () => {
    const eigentuemer = u.url ?? '';
    const versuch = oeffneDatenbank({ url: `${eigentuemer}?application_name=egh_probe`, migrationUrl: eigentuemer });
    await expect(versuch).rejects.toBeInstanceOf(Datenbankfehler);
    await expect(versuch).rejects.toThrow(/ist Superuser|besitzt/);
  });
});

describe('Träger der Transaktion nur von der Datenbank gesetzt (postgresql)', () => {
  const fremd = `select count(*)::int as n from erstattungsanspruch where anspruchsteller_id = 'bezirk-schwaben'`;

  it('Vergleich: unter der eigenen Sitzung sieht Schwaben seine Ansprüche', async () => {
    const n = await inTransaktion(async () => {
      await laufzeit.query(`select egh_sitzung($1), set_config('role', 'egh_app', true)`, [hashVon(schwaben)]);
      return (await laufzeit.query<{ n: number }>(fremd)).rows[0]?.n;
    });
    expect(n).toBeGreaterThan(0);
  });

  it('ein eingeschleustes set_config(egh.traeger) zeigt keinen Anspruch eines anderen Trägers', async () => {
    // Ohne Sitzung: der frühere Weg – egh.traeger wird nicht mehr gelesen.
    const ohneSitzung = await inTransaktion(async () => {
      await laufzeit.query(`select set_config('egh.traeger', 'bezirk-schwaben', true), set_config('role', 'egh_app', true)`);
      return (await laufzeit.query<{ n: number }>(fremd)).rows[0]?.n;
    });
    expect(ohneSitzung).toBe(0);
    // Mit der Sitzung von Prignitz, danach den Träger überschrieben.
    const mitSitzung = await inTransaktion(async () => {
      await laufzeit.query(`select egh_sitzung($1), set_config('role', 'egh_app', true)`, [hashVon(prignitz)]);
      await laufzeit.query(`select set_config('egh.traeger', 'bezirk-schwaben', true)`);
      return (await laufzeit.query<{ n: number }>(fremd)).rows[0]?.n;
    });
    expect(mitSitzung).toBe(0);
  });

  it('ein umgeschriebener Kontext (anderer Träger, altes Siegel) scheitert', async () => {
    const code = await inTransaktion(async () => {
      await laufzeit.query(`select egh_sitzung($1), set_config('role', 'egh_app', true)`, [hashVon(prignitz)]);
      const { rows } = await laufzeit.query<{ k: string }>(`select current_setting('egh.kontext') as k`);
      const teile = (rows[0]?.k ?? '').split('|');
      expect(teile[0]).toBe('12070');
      teile[0] = 'bezirk-schwaben';
      teile[3] = 'bezirk-schwaben';
      await laufzeit.query(`select set_config('egh.kontext', $1, true)`, [teile.join('|')]);
      return fehlerVon(laufzeit.query(fremd));
    });
    expect(code).toBe('42501');
  });

  it('ein Kontext aus einer früheren Transaktion gilt nicht noch einmal', async () => {
    const alt = await inTransaktion(async () => {
      await laufzeit.query(`select egh_sitzung($1)`, [hashVon(schwaben)]);
      return (await laufzeit.query<{ k: string }>(`select current_setting('egh.kontext') as k`)).rows[0]?.k ?? '';
    });
    const code = await inTransaktion(async () => {
      await laufzeit.query(`select set_config('egh.kontext', $1, true), set_config('role', 'egh_app', true)`, [alt]);
      return fehlerVon(laufzeit.query(fremd));
    });
    expect(code).toBe('42501');
  });

  it('für einen anderen Träger schreiben nur mit gemeinsamem Datensatz (egh_als_partei)', async () => {
    const ohne = await inTransaktion(async () => {
      await laufzeit.query(`select egh_sitzung($1), set_config('role', 'egh_app', true)`, [hashVon(prignitz)]);
      return fehlerVon(laufzeit.query(`select egh_als_partei('bezirk-schwaben')`));
    });
    expect(ohne).toBe('42501');
    const mit = await inTransaktion(async () => {
      await laufzeit.query(`select egh_sitzung($1), set_config('role', 'egh_app', true)`, [hashVon(schwaben)]);
      await laufzeit.query(`select egh_als_partei('bezirk-mittelfranken')`);
      const als = (await laufzeit.query<{ t: string }>('select egh_traeger() as t')).rows[0]?.t;
      await laufzeit.query('select egh_als_partei(null)');
      return [als, (await laufzeit.query<{ t: string }>('select egh_traeger() as t')).rows[0]?.t];
    });
    expect(mit).toEqual(['bezirk-mittelfranken', 'bezirk-schwaben']);
  });
});

describe('Protokoll für die Anmelderolle unveränderlich (postgresql)', () => {
  const versuche: [string, string][] = [
    ['UPDATE', `update protokoll set aktion = 'geändert'`],
    ['DELETE', 'delete from protokoll'],
    ['TRUNCATE', 'truncate protokoll'],
    ['Trigger abschalten', 'alter table protokoll disable trigger protokoll_nur_anfuegen'],
    ['alle Trigger abschalten', 'alter table protokoll disable trigger all'],
    ['Zeilensicherheit abschalten', 'alter table protokoll disable row level security'],
    ['Trigger über die Replikationsrolle umgehen', `set session_replication_role = replica`],
  ];

  it.each(versuche)('%s scheitert, als Anmelderolle wie als egh_app', async (_was, abfrage) => {
    const [{ n: vorher } = { n: -1 }] = await u.datenbank.roh<{ n: number }>('select count(*)::int as n from protokoll');
    expect(vorher).toBeGreaterThan(0);
    expect(await inTransaktion(() => fehlerVon(laufzeit.query(abfrage)))).toBe('42501');
    const alsApp = await inTransaktion(async () => {
      await laufzeit.query(`select egh_sitzung($1), set_config('role', 'egh_app', true)`, [hashVon(schwaben)]);
      return fehlerVon(laufzeit.query(abfrage));
    });
    expect(alsApp).toBe('42501');
    const [{ n: nachher } = { n: -1 }] = await u.datenbank.roh<{ n: number }>('select count(*)::int as n from protokoll');
    expect(nachher).toBe(vorher);
  });
});
