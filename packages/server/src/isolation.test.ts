// Mandantentrennung als Matrix: jeder Endpunkt mit Trägerdaten (aus der OpenAPI-Beschreibung
// gelesen, damit neue Endpunkte automatisch mitgeprüft werden) antwortet einem unbeteiligten
// Träger mit 404 oder 403 und ohne ein Feld des Datensatzes; und dieselben Tabellen, unter der
// Anwendungsrolle mit einem anderen Träger abgefragt, liefern keine fremde Zeile.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alsMandant, zeilen } from './db/verbindung.ts';
import { type Client, type Umgebung, baueUmgebung, testDb } from './test/umgebung.ts';

let u: Umgebung;
let c: Record<string, Client>;

beforeAll(async () => {
  u = await baueUmgebung();
  const namen = ['schwaben', 'mittelfranken', 'prignitz', 'cottbus', 'leitung.schwaben', 'datenschutz.schwaben'];
  const clients = await Promise.all(namen.map((n) => u.als(n)));
  c = Object.fromEntries(namen.map((n, i) => [n, clients[i] as Client]));
}, 120_000);
afterAll(async () => u?.schliessen());

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  enum?: unknown[];
  format?: string;
  minimum?: number;
  minLength?: number;
  anyOf?: Schema[];
  oneOf?: Schema[];
  minProperties?: number;
  const?: unknown;
  items?: Schema;
  minItems?: number;
};

/** Ein kleinstmöglicher gültiger Wert zu einem JSON-Schema (für die Anfragekörper der Matrix). */
function beispielwert(s: Schema | undefined): unknown {
  if (!s) return {};
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  if (s.anyOf) return beispielwert(s.anyOf[0]);
  if (s.oneOf) return beispielwert(s.oneOf[0]);
  const typ = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  if (typ === 'string') {
    if (s.format === 'date') return '2025-05-05';
    if (s.format === 'uuid') return randomUUID();
    return 'x'.repeat(Math.max(1, s.minLength ?? 1)) + 'xxxxxxxxxx';
  }
  if (typ === 'integer' || typ === 'number') return Math.max(1, s.minimum ?? 1);
  if (typ === 'boolean') return false;
  if (typ === 'array') return Array.from({ length: s.minItems ?? 0 }, () => beispielwert(s.items));
  const props = s.properties ?? {};
  const pflicht = s.required?.length ? s.required : s.minProperties ? Object.keys(props).slice(0, s.minProperties) : [];
  return Object.fromEntries(pflicht.map((p) => [p, beispielwert(props[p])]));
}

interface Datensatz {
  ressource: string;
  id: string;
  /** Texte, die in keiner Antwort an Unbeteiligte vorkommen dürfen. */
  geheim: string[];
  unbeteiligt: string;
}

async function datensaetze(): Promise<Datensatz[]> {
  const d: Datensatz[] = [];
  const fall = (await c.prignitz!.get('/api/v1/faelle?suche=PR-50-2021-0042')).json().eintraege[0];
  d.push({ ressource: 'faelle', id: fall.id, geheim: ['PR-50-2021-0042', 'Beispiel', fall.person.pseudonym], unbeteiligt: 'cottbus' });
  const anspruch = (await c.schwaben!.get('/api/v1/erstattungsansprueche?suche=S-KE-2013-0815')).json().eintraege[0];
  d.push({ ressource: 'erstattungsansprueche', id: anspruch.id, geheim: ['S-KE-2013-0815', '12228802'], unbeteiligt: 'prignitz' });
  const amtshilfe = await c.prignitz!.get('/api/v1/amtshilfeersuchen');
  if (amtshilfe.statusCode === 200 && amtshilfe.json().eintraege?.[0]) {
    const a = amtshilfe.json().eintraege[0];
    d.push({ ressource: 'amtshilfeersuchen', id: a.id, geheim: [a.aktenzeichen], unbeteiligt: 'schwaben' });
  }
  const mk = await c.cottbus!.get('/api/v1/mehrkostenvergleiche');
  if (mk.statusCode === 200 && mk.json().eintraege?.[0]) {
    const m = mk.json().eintraege[0];
    d.push({ ressource: 'mehrkostenvergleiche', id: m.id, geheim: [m.bezeichnung], unbeteiligt: 'prignitz' });
  }
  return d;
}

describe(`Mandantentrennung (${testDb})`, () => {
  it('jeder Endpunkt mit Trägerdaten antwortet Unbeteiligten mit 404/403 und ohne Daten', async () => {
    const spec = (await c.schwaben!.get('/api/openapi.json')).json<{
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: Schema }> } }>>;
    }>();
    const liste = await datensaetze();
    expect(liste.map((x) => x.ressource)).toEqual(['faelle', 'erstattungsansprueche', 'amtshilfeersuchen', 'mehrkostenvergleiche']);
    let geprueft = 0;
    for (const ds of liste) {
      const pfade = Object.entries(spec.paths).filter(([p]) => p.startsWith(`/api/v1/${ds.ressource}/{id}`));
      expect(pfade.length).toBeGreaterThan(0);
      for (const [pfad, methoden] of pfade) {
        for (const [methode, op] of Object.entries(methoden)) {
          const url = pfad.replace('{id}', ds.id);
          const schema = op.requestBody?.content['application/json']?.schema;
          const client = c[ds.unbeteiligt] as Client;
          const kopf = { 'if-match': '"1"' };
          const r =
            methode === 'get'
              ? await client.get(url)
              : methode === 'patch'
                ? await client.patch(url, beispielwert(schema), kopf)
                : methode === 'delete'
                  ? await client.delete(url, kopf)
                  : await client.post(url, beispielwert(schema), kopf);
          expect([403, 404], `${methode.toUpperCase()} ${pfad} als ${ds.unbeteiligt}: ${r.statusCode} ${r.body.slice(0, 200)}`).toContain(
            r.statusCode,
          );
          for (const g of ds.geheim) expect(r.body, `${methode} ${pfad}`).not.toContain(g);
          geprueft++;
        }
      }
      // Auch in keiner Liste.
      const l = await (c[ds.unbeteiligt] as Client).get(`/api/v1/${ds.ressource}?proSeite=500`);
      expect([200, 403]).toContain(l.statusCode);
      expect(l.body).not.toContain(ds.id);
    }
    expect(geprueft).toBeGreaterThanOrEqual(26);
  });

  it('eine Abfrage ohne Filter sieht unter der Anwendungsrolle keine fremde Zeile (Row-Level-Security)', async () => {
    const db = u.datenbank.db;
    const tabellen: { name: string; traegerSpalte: string }[] = [
      { name: 'person', traegerSpalte: 'traeger_id' },
      { name: 'fall', traegerSpalte: 'traeger_id' },
      { name: 'frist', traegerSpalte: 'traeger_id' },
      { name: 'mehrkostenvergleich', traegerSpalte: 'traeger_id' },
      { name: 'protokoll', traegerSpalte: 'traeger_id' },
    ];
    for (const traeger of ['12070', '12052', 'bezirk-schwaben', 'bezirk-mittelfranken', '09162']) {
      await alsMandant(db, { traegerId: traeger, benutzerId: null, betrieb: false }, async (tx) => {
        for (const t of tabellen) {
          const r = await zeilen<{ t: string }>(tx.execute(sql.raw(`select ${t.traegerSpalte} as t from ${t.name}`)));
          const fremd = r.filter((z) => z.t !== traeger);
          expect(fremd, `${t.name} unter ${traeger}`).toEqual([]);
        }
        const a = await zeilen<{ a: string; v: string; status: string }>(
          tx.execute(sql`select anspruchsteller_id as a, verpflichteter_id as v, status from erstattungsanspruch`),
        );
        for (const z of a) {
          expect(z.a === traeger || (z.v === traeger && z.status !== 'Entwurf'), `erstattungsanspruch unter ${traeger}`).toBe(true);
        }
        const e = await zeilen<{ parteien: string[] | string }>(tx.execute(sql`select parteien from entscheidung`));
        for (const z of e) expect(String(z.parteien)).toContain(traeger);
        const lz = await zeilen<{ n: number }>(
          tx.execute(sql`select count(*)::int as n from leistungszeitraum l join erstattungsanspruch a on a.id = l.anspruch_id`),
        );
        const lzAlle = await zeilen<{ n: number }>(tx.execute(sql`select count(*)::int as n from leistungszeitraum`));
        expect(lzAlle[0]?.n).toBe(lz[0]?.n);
        const ah = await zeilen<{ e: string; r: string }>(
          tx.execute(sql`select ersuchender_id as e, ersuchter_id as r from amtshilfeersuchen`),
        );
        for (const z of ah) expect([z.e, z.r]).toContain(traeger);
      });
    }
    // Gegenprobe: der Eigentümer sieht Zeilen mehrerer Träger – die Filter oben sind also nicht leer, weil es nichts gibt.
    const alle = await zeilen<{ n: number }>(db.execute(sql`select count(distinct traeger_id)::int as n from fall`));
    expect(alle[0]?.n).toBeGreaterThanOrEqual(2);
  });

  it('die Anwendungsrolle kann fremde Zeilen weder einfügen noch das Protokoll ändern oder löschen', async () => {
    const db = u.datenbank.db;
    await expect(
      alsMandant(db, { traegerId: '12052', benutzerId: null, betrieb: false }, (tx) =>
        tx.execute(sql`insert into person (traeger_id, pseudonym, nachname, vorname) values ('12070', 'P-FREMD', 'X', 'Y')`),
      ),
    ).rejects.toThrow();
    await expect(
      alsMandant(db, { traegerId: 'bezirk-schwaben', benutzerId: null, betrieb: false }, (tx) =>
        tx.execute(sql`update protokoll set aktion = 'x'`),
      ),
    ).rejects.toThrow();
    await expect(
      alsMandant(db, { traegerId: 'bezirk-schwaben', benutzerId: null, betrieb: false }, (tx) => tx.execute(sql`delete from protokoll`)),
    ).rejects.toThrow();
    // Auch der Eigentümer kann das Protokoll nicht ändern (Trigger).
    const fehler = await db.execute(sql`delete from protokoll`).then(
      () => undefined,
      (e: unknown) => e as Error & { cause?: Error },
    );
    expect(String(fehler?.cause?.message ?? fehler?.message)).toMatch(/unveränderlich/);
    const rolle = await alsMandant(db, { traegerId: '12052', benutzerId: null, betrieb: false }, (tx) =>
      zeilen(tx.execute(sql`select current_user as u, (select rolsuper from pg_roles where rolname = current_user) as s`)),
    );
    expect(rolle[0]).toMatchObject({ u: 'egh_app', s: false });
  });
});
