// PostgreSQL beendet Verbindungen des Servers (Neustart, Failover, pg_terminate_backend: 57P01).
// Früher starb der Prozess, wenn das eine Verbindung mitten in einer Transaktion traf („Unhandled
// 'error' event“ am ausgeliehenen Client); jetzt scheitert nur die betroffene Anfrage mit 503, und
// der Pool baut neue Verbindungen auf. Ein unbehandeltes 'error'-Ereignis ließe diesen Testlauf
// scheitern (Vitest meldet es als „Unhandled Error“).
import { setTimeout as warte } from 'node:timers/promises';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type Umgebung, basisUrl, baueUmgebung, testDb } from '../test/umgebung.ts';

// Nur mit EGH_TEST_DB=postgresql eingeschlossen (vitest.config.ts).
if (testDb !== 'postgresql') throw new Error('verbindungsabbruch.pg.test.ts braucht EGH_TEST_DB=postgresql.');
import { alsMandant, istVerbindungsfehler, zeilen } from './verbindung.ts';

let u: Umgebung;
let admin: pg.Client;
let datenbankName: string;

beforeAll(async () => {
  u = await baueUmgebung();
  datenbankName = new URL(u.url ?? '').pathname.slice(1);
  admin = new pg.Client({ connectionString: basisUrl });
  await admin.connect();
}, 120_000);
afterAll(async () => {
  await admin?.end();
  await u?.schliessen();
});

/** Beendet alle Verbindungen des Servers zur Testdatenbank; gibt zurück, wie viele. */
async function trenneAlle(): Promise<number> {
  const r = await admin.query<{ n: number }>(
    'select count(*) filter (where pg_terminate_backend(pid))::int as n from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
    [datenbankName],
  );
  return r.rows[0]?.n ?? 0;
}

describe('Abbruch der Datenbankverbindung', () => {
  it('mitten in einer Transaktion, zwischen zwei Abfragen: die Transaktion scheitert mit einem Verbindungsfehler, der Prozess lebt', async () => {
    let fehler: unknown;
    try {
      await alsMandant(u.datenbank.db, { traegerId: '09772', benutzerId: null, betrieb: false }, async (tx) => {
        const [z] = await zeilen<{ pid: number }>(tx.execute(sql`select pg_backend_pid() as pid`));
        await admin.query('select pg_terminate_backend($1)', [z?.pid]);
        // Die Verbindung ist jetzt „idle in transaction“ beendet: der Client erfährt es ohne laufende Abfrage.
        await warte(300);
        await tx.execute(sql`select 1`);
      });
    } catch (e) {
      fehler = e;
    }
    expect(fehler).toBeDefined();
    expect(istVerbindungsfehler(fehler)).toBe(true);
    // Der Pool hat die tote Verbindung verworfen: die nächste Anfrage geht durch.
    const schwaben = await u.als('schwaben');
    expect((await schwaben.get('/api/v1/erstattungsansprueche')).statusCode).toBe(200);
  });

  it('unter Last wiederholt getrennt: nur die getroffenen Anfragen scheitern, mit 503 auf Deutsch; danach wieder 200', async () => {
    const nutzer: Client[] = await Promise.all(['schwaben', 'mittelfranken', 'prignitz', 'cottbus'].map((n) => u.als(n)));
    const status = new Map<number, number>();
    const fremd: string[] = [];
    let laeuft = true;
    let nummer = 0;
    const arbeiter = async (c: Client, i: number) => {
      while (laeuft) {
        const n = nummer++;
        // Lesen (ein Rundlauf) und Schreiben (Transaktion mit mehreren Abfragen) gemischt.
        const r =
          n % 3 === 0 && c === nutzer[2]
            ? await c.post('/api/v1/faelle', {
                aktenzeichen: `AB-${i}-${n}`,
                person: { nachname: 'Abbruch', vorname: 'Test', geburtsdatum: '1990-02-03' },
                aufenthalte: [{ von: '2020-01-01', gebiet: '12070', art: 'gewoehnlich' }],
                leistungen: [{ von: '2022-03-01', form: 'ambulant', traeger: '12070' }],
                antraege: [{ datum: '2022-02-10', traeger: '12070' }],
              })
            : await c.get(n % 3 === 1 ? '/api/v1/erstattungsansprueche' : '/api/v1/fristen');
        status.set(r.statusCode, (status.get(r.statusCode) ?? 0) + 1);
        if (r.statusCode === 503) {
          const p = r.json<{ title: string; detail: string }>();
          if (p.title !== 'Datenbank vorübergehend nicht erreichbar' || r.headers['retry-after'] !== '1') fremd.push(r.body);
        } else if (r.statusCode >= 300) fremd.push(`${r.statusCode} ${r.body}`);
      }
    };
    // Anlegen darf Prignitz (Sachbearbeitung), Lesen alle.
    const last = Array.from({ length: 12 }, (_, i) => arbeiter(nutzer[i % nutzer.length] as Client, i));
    let getrennt = 0;
    for (let runde = 0; runde < 15; runde++) {
      await warte(150);
      getrennt += await trenneAlle();
    }
    laeuft = false;
    await Promise.all(last);

    expect(fremd).toEqual([]);
    const fehlgeschlagen = status.get(503) ?? 0;
    // Jede beendete Verbindung trifft höchstens eine Anfrage.
    expect(getrennt).toBeGreaterThan(0);
    expect(fehlgeschlagen).toBeLessThanOrEqual(getrennt);
    expect(fehlgeschlagen).toBeGreaterThan(0);
    // Zwischen den Abbrüchen ging die Arbeit weiter.
    expect((status.get(200) ?? 0) + (status.get(201) ?? 0)).toBeGreaterThan(0);

    // Danach: alles wieder 200.
    for (const c of nutzer) {
      expect((await c.get('/api/v1/erstattungsansprueche')).statusCode).toBe(200);
      expect((await c.get('/api/v1/fristen')).statusCode).toBe(200);
    }
    console.log(`Verbindungsabbruch unter Last: ${getrennt} Verbindungen beendet, Antworten ${JSON.stringify(Object.fromEntries(status))}`);
  }, 60_000);
});
