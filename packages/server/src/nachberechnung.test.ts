// Migration 0005 an einer Datenbank mit einem Anspruch von vorher: Die Fristen waren je Zeitraum
// gespeichert (zwei Monate „ausgeschlossen“); nach der Migration rechnet der Start sie je
// Leistungsfall neu – eine Maßnahme, eine Frist, nichts ausgeschlossen – samt Entscheidungsdatensatz.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationsVerzeichnis, sichereAppRolle } from './db/verbindung.ts';
import { basisUrl, testDb } from './test/umgebung.ts';
import * as schema from './db/schema.ts';
import { fuehreNachberechnungenAus } from './anwendungsfaelle/nachberechnung.ts';
import { bereiteDatenbankVor } from './server.ts';

const ordner = mkdtempSync(join(tmpdir(), 'egh-nachberechnung-'));
afterAll(() => rmSync(ordner, { recursive: true, force: true }));

/** Die Migrationen bis einschließlich 0004 (der Stand vor Maßnahmen) in einem eigenen Ordner. */
function migrationenBis0004(): string {
  const ziel = join(ordner, 'drizzle');
  mkdirSync(join(ziel, 'meta'), { recursive: true });
  const journal = JSON.parse(readFileSync(join(migrationsVerzeichnis, 'meta/_journal.json'), 'utf8')) as {
    entries: { idx: number; tag: string }[];
  };
  journal.entries = journal.entries.filter((e) => e.idx <= 4);
  writeFileSync(join(ziel, 'meta/_journal.json'), JSON.stringify(journal));
  for (const e of journal.entries) cpSync(join(migrationsVerzeichnis, `${e.tag}.sql`), join(ziel, `${e.tag}.sql`));
  return ziel;
}

interface AlterStand {
  abfrage<T>(text: string, parameter?: unknown[]): Promise<T[]>;
  schliessen(): Promise<void>;
  /** Optionen für den Start mit dem neuen Stand. */
  start: { datenVerzeichnis: string } | { url: string };
  entfernen(): Promise<void>;
}

/**
 * Die Träger des Anspruchs, wie sie ein Register vor 0005 hatte (die heutige Stammdatenladung kennt
 * Spalten späterer Migrationen, etwa die Rollen aus 0012).
 */
const registerDesAltenStands = `insert into traeger (id, name, kurzname, art, land, rechtstraeger) values
  ('bezirk-schwaben', 'Bezirk Schwaben', 'Schwaben', 'ueberoertlich', 'BY', 'Bezirk Schwaben'),
  ('bezirk-mittelfranken', 'Bezirk Mittelfranken', 'Mittelfranken', 'ueberoertlich', 'BY', 'Bezirk Mittelfranken')`;

/** Eine Datenbank auf dem Stand von Migration 0004 mit dem Register (PGlite oder PostgreSQL). */
async function alterStand(): Promise<AlterStand> {
  const ordnerMigrationen = migrationenBis0004();
  if (testDb === 'postgresql') {
    const name = `egh_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: basisUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = basisUrl.replace(/\/[^/]*$/, `/${name}`);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await sichereAppRolle(client);
    const db = drizzlePg(client, { schema });
    await migratePg(db, { migrationsFolder: ordnerMigrationen });
    await client.query(registerDesAltenStands);
    return {
      abfrage: async <T>(text: string, parameter: unknown[] = []) => (await client.query(text, parameter)).rows as T[],
      schliessen: () => client.end(),
      start: { url },
      entfernen: async () => {
        const a = new pg.Client({ connectionString: basisUrl });
        await a.connect();
        await a.query(`drop database if exists ${name} with (force)`);
        await a.end();
      },
    };
  }
  const daten = join(ordner, 'daten');
  const alt = new PGlite(daten);
  const db = drizzle(alt, { schema });
  await migrate(db, { migrationsFolder: ordnerMigrationen });
  await alt.exec(registerDesAltenStands);
  return {
    abfrage: async <T>(text: string, parameter: unknown[] = []) => (await alt.query<T>(text, parameter)).rows,
    schliessen: () => alt.close(),
    start: { datenVerzeichnis: daten },
    entfernen: async () => {},
  };
}

const monate = ['01', '02', '03', '04', '05', '06'];
const letzter = (m: string) => (m === '02' ? '29' : ['04', '06'].includes(m) ? '30' : '31');

describe(`Migration 0005: § 111 SGB X je Leistungsfall für bestehende Ansprüche (${testDb})`, () => {
  it('rechnet Fristen, Zeiträume und Entscheidung eines alten Anspruchs beim Start neu, einmal', async () => {
    // Stand vor 0005: Register und ein angemeldeter Anspruch Januar–Juni 2024, wie ihn der alte Code
    // je Zeitraum gespeichert hatte (Januar und Februar „ausgeschlossen“ bei Anmeldung am 10.03.2025).
    const alt = await alterStand();
    const [{ id } = { id: '' }] = await alt.abfrage<{ id: string }>(
      `insert into erstattungsanspruch (anspruchsteller_id, verpflichteter_id, land_verpflichteter, aktenzeichen, status,
           rechtsgrundlage_eingabe, anspruchsgrundlage, forderung_cent, kenntnis_entscheidung, geltendmachung)
         values ('bezirk-schwaben', 'bezirk-mittelfranken', 'BY', 'S-KE-2024-0001', 'Angemeldet', $1, '§ 16 Abs. 1 SGB IX', 630000, '2024-01-15', '2025-03-10')
         returning id`,
      [
        JSON.stringify({
          leistungsbeginn: '2024-01-01',
          verfahren: { zahlenderTraeger: 'zweiter', weitergeleitet: true, weiterleitungRechtzeitig: true },
          zahlender: { art: 'egh' },
          verpflichteter: { art: 'egh', insgesamtZustaendig: true },
        }),
      ],
    );
    for (const m of monate) {
      const ende = `2025-${m}-${m === '02' ? '28' : letzter(m)}`;
      const gewahrt = m !== '01' && m !== '02';
      await alt.abfrage(
        `insert into leistungszeitraum (anspruch_id, von, bis, betrag_cent, frist_ende, gewahrt) values ($1, $2, $3, 100000, $4, $5)`,
        [id, `2024-${m}-01`, `2024-${m}-${letzter(m)}`, ende, gewahrt],
      );
      await alt.abfrage(
        `insert into frist (traeger_id, bezug_art, bezug_id, art, norm, bezeichnung, faellig, betrag_cent, erledigt)
         values ('bezirk-schwaben', 'erstattungsanspruch', $1, 'S111', '§ 111 SGB X', $2, $3, 100000, $4)`,
        [id, `Ausschlussfrist für 01.${m}.2024 (S-KE-2024-0001)`, ende, gewahrt],
      );
    }
    await alt.abfrage(
      `insert into entscheidung (parteien, bezug_art, bezug_id, pruefung, eingabe, ergebnis, begruendung, hinweise, regelwerk_version, erstellt_am)
       values (array['bezirk-schwaben','bezirk-mittelfranken'], 'erstattungsanspruch', $1, 'erstattungsfristen', '{}', $2, '[]', '[]', '0.1.0', now() - interval '1 day')`,
      [id, JSON.stringify({ betragAusgeschlossenCent: 200000, status: 'S111_TEILWEISE_AUSGESCHLOSSEN' })],
    );
    await alt.schliessen();

    // Start mit dem neuen Stand: Migration 0005, dann die Nachberechnung.
    const { datenbank } = await bereiteDatenbankVor({ ...alt.start, demo: false });
    try {
      const zeitraeume = await datenbank.roh<{ frist_ende: string; gewahrt: boolean; massnahme: string | null }>(
        `select frist_ende::text, gewahrt, massnahme from leistungszeitraum where anspruch_id = $1 order by von`,
        [id],
      );
      // Eine Maßnahme (Eingliederungshilfe, ohne Angabe beendet mit dem 30.06.2024): Frist bis 30.06.2025.
      expect(zeitraeume).toEqual(monate.map(() => ({ frist_ende: '2025-06-30', gewahrt: true, massnahme: null })));
      const fristen = await datenbank.roh<{ art: string; faellig: string; betrag_cent: number; erledigt: boolean; bezeichnung: string }>(
        `select art, faellig::text, betrag_cent::int, erledigt, bezeichnung from frist where bezug_id = $1 and art = 'S111'`,
        [id],
      );
      expect(fristen).toEqual([
        {
          art: 'S111',
          faellig: '2025-06-30',
          betrag_cent: 600000,
          erledigt: true,
          bezeichnung: 'Ausschlussfrist für die Maßnahme 01.01.2024 bis 30.06.2024, 6 Zeiträume (S-KE-2024-0001)',
        },
      ]);
      const [neueste] = await datenbank.roh<{ ergebnis: { betragAusgeschlossenCent: number; leistungsfaelle: unknown[]; status: string } }>(
        `select ergebnis from entscheidung where bezug_id = $1 and pruefung = 'erstattungsfristen' order by erstellt_am desc limit 1`,
        [id],
      );
      expect(neueste?.ergebnis).toMatchObject({
        betragAusgeschlossenCent: 0,
        status: 'S111_OK',
        leistungsfaelle: [{ ende: '2025-06-30' }],
      });
      expect(await datenbank.roh('select * from nachberechnung')).toEqual([]);
      // Die Aufgabe ist erledigt: ein zweiter Start rechnet nichts mehr.
      expect(await fuehreNachberechnungenAus(datenbank.db)).toBe(0);
    } finally {
      await datenbank.schliessen();
      await alt.entfernen();
    }
  }, 120_000);
});
