// Datenbank.folge: mehrere vorbereitete Anweisungen in einem Rundlauf und einer impliziten
// Transaktion – auf PGlite wie auf PostgreSQL (EGH_TEST_DB).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wertFuerBind } from './anweisungsfolge.ts';
import { type Umgebung, baueUmgebung, testDb } from '../test/umgebung.ts';

let u: Umgebung;
beforeAll(async () => {
  u = await baueUmgebung({ demo: false });
  await u.datenbank.roh('create table folge_test (n int not null)');
  // Die Folge läuft unter der Anmelderolle des Servers (PostgreSQL), die Tabelle gehört dem Eigentümer.
  await u.datenbank.roh('grant select, insert on folge_test to egh_laufzeit');
}, 120_000);
afterAll(async () => u?.schliessen());

const setze = (wert: string) => ({ name: 'folge_test_setze', text: `select set_config('egh.folgetest', $1, true) as s`, werte: [wert] });
const lies = { name: 'folge_test_lies', text: `select current_setting('egh.folgetest', true) as s`, werte: [] };

describe(`Anweisungsfolge (${testDb})`, () => {
  it('führt die Anweisungen in einer Transaktion aus: die Einstellung der ersten gilt in der zweiten, danach nicht mehr', async () => {
    for (const wert of ['eins', 'zwei']) {
      const [a, b] = await u.datenbank.folge([setze(wert), lies]);
      expect(a).toEqual([{ s: wert }]);
      expect(b).toEqual([{ s: wert }]);
    }
    const [danach] = await u.datenbank.folge([lies]);
    expect(danach?.[0]?.s ?? '').toBe('');
  });

  it('gibt Werte als Parameter weiter: Anführungszeichen, Backslash und SQL bleiben Text', async () => {
    const werte = ["O'Brien", 'a\\b', "x'); drop table folge_test; --", '„Ärger“ § 111'];
    for (const w of werte) {
      const [r] = await u.datenbank.folge([
        { name: 'folge_test_echo', text: 'select $1::text as t, $2::int as n, $3::boolean as b', werte: [w, -3, true] },
      ]);
      expect(r).toEqual([{ t: w, n: -3, b: true }]);
    }
    expect(await u.datenbank.roh('select count(*)::int as n from folge_test')).toEqual([{ n: 0 }]);
  });

  it('scheitert eine Anweisung, läuft keine danach, nichts bleibt gespeichert, und die nächste Folge gelingt', async () => {
    const einfuegen = { name: 'folge_test_einfuegen', text: 'insert into folge_test (n) values ($1) returning n', werte: [1] };
    const teilen = (d: number) => ({ name: 'folge_test_teilen', text: 'select 10 / $1::int as q', werte: [d] });
    await expect(u.datenbank.folge([einfuegen, teilen(0), einfuegen])).rejects.toThrow(/division by zero|Division durch null/);
    expect(await u.datenbank.roh('select count(*)::int as n from folge_test')).toEqual([{ n: 0 }]);
    // Ein Fehler beim Zerlegen (neuer Name): danach ist der Name wieder frei.
    await expect(u.datenbank.folge([{ name: 'folge_test_kaputt', text: 'selec 1', werte: [] }])).rejects.toThrow(/syntax/);
    const [x, y] = await u.datenbank.folge([teilen(5), { name: 'folge_test_kaputt', text: 'select 2 as z', werte: [] }]);
    expect(x).toEqual([{ q: 2 }]);
    expect(y).toEqual([{ z: 2 }]);
    const [z] = await u.datenbank.folge([einfuegen]);
    expect(z).toEqual([{ n: 1 }]);
    expect(await u.datenbank.roh('select count(*)::int as n from folge_test')).toEqual([{ n: 1 }]);
  });

  it('lehnt einen Wert ab, der kein Text, keine Zahl, kein Wahrheitswert und nicht null ist – bevor etwas gesendet wird', async () => {
    expect(wertFuerBind(null)).toBeNull();
    expect(wertFuerBind(false)).toBe('false');
    expect(wertFuerBind(2.5)).toBe('2.5');
    expect(() => wertFuerBind({ a: 1 })).toThrow(/Parameter/);
    expect(() => wertFuerBind(Number.NaN)).toThrow(/Parameter/);
    await expect(u.datenbank.folge([{ name: 'folge_test_datum', text: 'select $1::text as t', werte: [new Date(0)] }])).rejects.toThrow(
      /Parameter/,
    );
    // Die Verbindung ist danach nicht verklemmt.
    const [r] = await u.datenbank.folge([setze('weiter')]);
    expect(r).toEqual([{ s: 'weiter' }]);
  });
});
