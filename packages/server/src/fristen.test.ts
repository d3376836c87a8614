// GET /fristen prüft Sitzung, Mandant und Abfrage in einem Rundlauf (db/ein-rundlauf.ts): dieselben
// Ergebnisse wie eine Abfrage als Eigentümer mit Trägerfilter, dieselben Ablehnungen wie jede andere
// Route, kein Einschleusen von SQL über Abfrageparameter, und die Verbindung bleibt danach sauber.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alsMandant } from './db/verbindung.ts';
import { Abfragemuster } from './db/ein-rundlauf.ts';
import { frist } from './db/schema.ts';
import { sql } from 'drizzle-orm';
import { type Umgebung, baueUmgebung, testDb } from './test/umgebung.ts';

let u: Umgebung;
beforeAll(async () => {
  u = await baueUmgebung();
}, 120_000);
afterAll(async () => u?.schliessen());

interface Frist {
  id: string;
  traegerId: string;
  bezugArt: string;
  bezugId: string;
  art: string;
  norm: string;
  bezeichnung: string;
  faellig: string;
  betragCent: number | null;
  erledigt: boolean;
}

async function erwartet(traegerId: string, bis: string): Promise<Frist[]> {
  const z = await u.datenbank.roh<Record<string, unknown>>(
    `select id, traeger_id, bezug_art, bezug_id, art, norm, bezeichnung, to_char(faellig, 'YYYY-MM-DD') as faellig, betrag_cent::float8 as betrag_cent, erledigt
       from frist where traeger_id = $1 and erledigt = false and faellig <= $2 order by faellig, id`,
    [traegerId, bis],
  );
  return z.map((r) => ({
    id: r.id as string,
    traegerId: r.traeger_id as string,
    bezugArt: r.bezug_art as string,
    bezugId: r.bezug_id as string,
    art: r.art as string,
    norm: r.norm as string,
    bezeichnung: r.bezeichnung as string,
    faellig: r.faellig as string,
    betragCent: r.betrag_cent === null ? null : Number(r.betrag_cent),
    erledigt: r.erledigt as boolean,
  }));
}

describe(`Fristenliste in einem Rundlauf (${testDb})`, () => {
  it('liefert genau die offenen Fristen des eigenen Trägers, sortiert, mit Datum als Text und Betrag als Zahl', async () => {
    const schwaben = await u.als('schwaben');
    const r = await schwaben.get('/api/v1/fristen?faelligBis=2030-12-31&proSeite=500');
    expect(r.statusCode).toBe(200);
    const body = r.json<{ eintraege: Frist[]; weitere: boolean; seite: number; proSeite: number }>();
    const soll = await erwartet('bezirk-schwaben', '2030-12-31');
    expect(soll.length).toBeGreaterThan(0);
    expect(body).toEqual({ eintraege: soll, weitere: false, seite: 1, proSeite: 500 });
    expect(soll.some((f) => typeof f.betragCent === 'number')).toBe(true);
  });

  it('blättert: proSeite 1 sagt „weitere“, Seite 2 liefert die zweite Frist', async () => {
    const schwaben = await u.als('schwaben');
    const soll = await erwartet('bezirk-schwaben', '2030-12-31');
    expect(soll.length).toBeGreaterThan(1);
    const s1 = (await schwaben.get('/api/v1/fristen?faelligBis=2030-12-31&proSeite=1')).json();
    const s2 = (await schwaben.get('/api/v1/fristen?faelligBis=2030-12-31&proSeite=1&seite=2')).json();
    expect(s1).toEqual({ eintraege: [soll[0]], weitere: true, seite: 1, proSeite: 1 });
    expect(s2.eintraege).toEqual([soll[1]]);
  });

  it('filtert nach Art; ein Wert mit Anführungszeichen ist nur ein Wert, kein SQL', async () => {
    const schwaben = await u.als('schwaben');
    const s111: { eintraege: Frist[] } = (await schwaben.get('/api/v1/fristen?art=S111&proSeite=500')).json();
    expect(s111.eintraege.length).toBeGreaterThan(0);
    expect(s111.eintraege.every((f) => f.art === 'S111')).toBe(true);
    for (const boese of ["x' or '1'='1", "S111'; drop table frist; --", 'S111\\', "x' or traeger_id <> 'bezirk-schwaben"]) {
      const r = await schwaben.get(`/api/v1/fristen?art=${encodeURIComponent(boese)}&proSeite=500`);
      expect(r.statusCode).toBe(200);
      expect(r.json().eintraege).toEqual([]);
    }
    expect((await u.datenbank.roh('select count(*)::int as n from frist'))[0]).toEqual({ n: expect.any(Number) });
  });

  it('gibt Text mit Anführungszeichen, Backslash, Zeilenumbruch und Umlauten unverändert als JSON zurück', async () => {
    const schwaben = await u.als('schwaben');
    const text = 'Frist „A“ mit "Zitat", \\Pfad\\ und\nZeilenumbruch – Ärger § 111 \t Ende';
    const [f] = await u.datenbank.roh<{ id: string }>(
      `insert into frist (traeger_id, bezug_art, bezug_id, art, norm, bezeichnung, faellig, betrag_cent)
       values ('bezirk-schwaben', 'erstattungsanspruch', gen_random_uuid(), 'TEST_TEXT', '§ 111 SGB X', $1, '2001-01-01', 9007199254740991) returning id`,
      [text],
    );
    try {
      const r = await schwaben.get('/api/v1/fristen?art=TEST_TEXT');
      expect(r.headers['content-type']).toMatch(/^application\/json/);
      expect(r.json().eintraege).toEqual([
        expect.objectContaining({ id: f?.id, bezeichnung: text, faellig: '2001-01-01', betragCent: 9007199254740991, erledigt: false }),
      ]);
    } finally {
      await u.datenbank.roh(`delete from frist where art = 'TEST_TEXT'`);
    }
  });

  it('ein anderer Träger sieht keine Frist von Schwaben', async () => {
    const prignitz = await u.als('prignitz');
    const r: { eintraege: Frist[] } = (await prignitz.get('/api/v1/fristen?faelligBis=2030-12-31&proSeite=500')).json();
    expect(r.eintraege.every((f) => f.traegerId === '12070')).toBe(true);
    expect(r.eintraege.some((f) => f.traegerId === 'bezirk-schwaben')).toBe(false);
  });

  it('ohne, mit falscher, abgelaufener Sitzung oder deaktiviertem Benutzer: 401 ohne Daten; ohne Träger: 403', async () => {
    expect((await u.ohneAnmeldung().get('/api/v1/fristen')).statusCode).toBe(401);
    const falsch = await u.app.inject({ method: 'GET', url: '/api/v1/fristen', headers: { cookie: 'egh_sitzung=erfunden' } });
    expect(falsch.statusCode).toBe(401);
    expect(falsch.json()).not.toHaveProperty('eintraege');

    const mittelfranken = await u.als('mittelfranken');
    expect((await mittelfranken.get('/api/v1/fristen')).statusCode).toBe(200);
    await u.datenbank.roh(
      `update sitzung set laeuft_ab_am = now() - interval '1 minute' where benutzer_id = (select id from benutzer where benutzername = 'mittelfranken')`,
    );
    expect((await mittelfranken.get('/api/v1/fristen')).statusCode).toBe(401);
    // dieselbe Prüfung (egh_sitzung) gilt für jede andere Route
    expect((await mittelfranken.get('/api/v1/erstattungsansprueche')).statusCode).toBe(401);

    const leitung = await u.als('leitung.mittelfranken');
    expect((await leitung.get('/api/v1/fristen')).statusCode).toBe(200);
    await u.datenbank.roh(`update benutzer set aktiv = false where benutzername = 'leitung.mittelfranken'`);
    const r = await leitung.get('/api/v1/fristen');
    expect(r.statusCode).toBe(401);
    expect((await leitung.get('/api/v1/erstattungsansprueche')).statusCode).toBe(401);
    await u.datenbank.roh(`update benutzer set aktiv = true where benutzername = 'leitung.mittelfranken'`);

    const betrieb = await u.als('betrieb');
    expect((await betrieb.get('/api/v1/fristen')).statusCode).toBe(403);
  });

  it('lässt die Verbindung ohne Rolle und Träger zurück; egh_app darf egh_sitzung nicht aufrufen', async () => {
    const schwaben = await u.als('schwaben');
    for (let i = 0; i < 5; i++) expect((await schwaben.get('/api/v1/fristen')).statusCode).toBe(200);
    // Auf derselben Verbindung wie die Abfragen (PostgreSQL: die der Laufzeitrolle).
    const [zs] = await u.datenbank.folge([
      {
        name: 'fristen_test_rolle',
        text: `select current_user as rolle, nullif(current_setting('egh.kontext', true), '') as traeger`,
        werte: [],
      },
    ]);
    const z = zs?.[0] as { rolle: string; traeger: string | null } | undefined;
    expect(z?.rolle).not.toBe('egh_app');
    expect(z?.traeger).toBeNull();
    const fehler = await alsMandant(u.datenbank.db, { traegerId: '12070', benutzerId: null, betrieb: false }, (tx) =>
      tx.execute(sql`select egh_sitzung('x')`),
    ).then(
      () => undefined,
      (e: Error & { cause?: Error }) => e.cause?.message ?? e.message,
    );
    expect(fehler).toMatch(/permission denied|Berechtigung/);
  });
});

describe('Parameter einer Leseanfrage', () => {
  // Die Werte gehen als Parameter der vorbereiteten Anweisung zur Datenbank, nie in den SQL-Text.
  const baue = (params: unknown[]) => () => ({ toSQL: () => ({ sql: 'select 1', params }) });
  it('setzt die Platzhalter in ihrer Reihenfolge ein, feste Werte bleiben; der Text bleibt derselbe', () => {
    const m = new Abfragemuster(frist);
    const a = m.abfrage('werte', baue([sql.placeholder('name'), sql.placeholder('pfad'), 42, -3, true, null]), {
      name: "O'Brien",
      pfad: 'a\\b',
    });
    expect(a.werte).toEqual(["O'Brien", 'a\\b', 42, -3, true, null]);
    expect(a.text).not.toContain('Brien');
    const b = m.abfrage('werte', baue([]), { name: 'x', pfad: 'y' });
    expect(b.name).toBe(a.name);
    expect(b.werte).toEqual(['x', 'y', 42, -3, true, null]);
  });
  it('lehnt fehlende Platzhalterwerte ab', () => {
    const m = new Abfragemuster(frist);
    expect(() => m.abfrage('fehlt', baue([sql.placeholder('x')]), {})).toThrow(/Kein Wert für den Platzhalter x/);
  });
});
