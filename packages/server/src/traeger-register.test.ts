// Das Trägerregister nach Ländern: datierte Rollen statt „jeder Kreis ist örtlicher Träger der
// Eingliederungshilfe“; Namen wie amtlich; ein älteres Register wird beim Start ergänzt.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alsSystem } from './db/verbindung.ts';
import { ladeStammdaten } from './stammdaten.ts';
import { type Umgebung, baueUmgebung, testDb } from './test/umgebung.ts';

let u: Umgebung;
beforeAll(async () => {
  u = await baueUmgebung();
}, 120_000);
afterAll(async () => u?.schliessen());

interface Zeile {
  id: string;
  name: string;
  rollen: { rolle: string; personen: string; geprueft: boolean; fundstelle: string }[];
}

describe(`Trägerregister nach Landesrecht (${testDb})`, () => {
  it('bietet in Bayern als Träger der Eingliederungshilfe nur die sieben Bezirke an, keinen Landkreis', async () => {
    const c = await u.als('schwaben');
    const r = await c.get('/api/v1/traeger?land=BY&rolle=eingliederungshilfe&stichtag=2024-01-01&proSeite=100');
    expect(r.statusCode).toBe(200);
    const ids = r.json<{ eintraege: Zeile[] }>().eintraege.map((t) => t.id);
    expect(ids.sort()).toEqual([
      'bezirk-mittelfranken',
      'bezirk-niederbayern',
      'bezirk-oberbayern',
      'bezirk-oberfranken',
      'bezirk-oberpfalz',
      'bezirk-schwaben',
      'bezirk-unterfranken',
    ]);
    // Der Landkreis Augsburg ist Sozialhilfe- und Jugendhilfeträger:
    const sh = await c.get('/api/v1/traeger?land=BY&rolle=sozialhilfe&suche=Augsburg&proSeite=100');
    expect(sh.json<{ eintraege: Zeile[] }>().eintraege.map((t) => t.name)).toContain('Landkreis Augsburg');
    // Vor 2020 war kein Bezirk Träger der Eingliederungshilfe nach § 94 SGB IX:
    const alt = await c.get('/api/v1/traeger?land=BY&rolle=eingliederungshilfe&stichtag=2019-06-30');
    expect(alt.json().gesamt).toBe(0);
  });

  it('zeigt in Niedersachsen die Kreise als Träger für Kinder und als herangezogen für Erwachsene, mit Fundstelle', async () => {
    const c = await u.als('schwaben');
    const t = (await c.get('/api/v1/traeger/03351')).json<Zeile>();
    expect(t.name).toBe('Landkreis Celle');
    expect(t.rollen).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rolle: 'eingliederungshilfe', personen: 'kinderUndSchule', geprueft: true }),
        expect.objectContaining({ rolle: 'herangezogen', personen: 'erwachsene' }),
      ]),
    );
    for (const r of t.rollen) expect(r.fundstelle).not.toMatch(/recht\.md|UNVERIFIED|SEED-|OQ-/);
    expect((t as Zeile & { rollenInWorten: string[] }).rollenInWorten).toContain(
      'zur Durchführung herangezogen für Erwachsene (ab 01.01.2020)',
    );
  });

  it('schreibt Kreisnamen amtlich: kein „Landkreis Landkreis Rostock“, „Kreis Rhein-Kreis Neuss“, „Landkreis Region Hannover“', async () => {
    const c = await u.als('schwaben');
    const namen = async (id: string) => (await c.get(`/api/v1/traeger/${id}`)).json<Zeile>().name;
    expect(await namen('13072')).toBe('Landkreis Rostock');
    expect(await namen('05162')).toBe('Rhein-Kreis Neuss');
    expect(await namen('03241')).toBe('Region Hannover');
    expect(await namen('05382')).toBe('Rhein-Sieg-Kreis');
    expect(await namen('03358')).toBe('Landkreis Heidekreis');
    expect(await namen('12070')).toBe('Landkreis Prignitz');
  });

  it('ergänzt ein Register älterer Version beim Start: Rollen und berichtigte Namen, berichtigte Rollen bleiben', async () => {
    await alsSystem(u.datenbank.db, async (tx) => {
      await tx.execute(sql`update traeger set rollen = '[]'::jsonb, name = 'Landkreis Landkreis Rostock' where id = '13072'`);
      await tx.execute(
        sql`update traeger set rollen = '[{"rolle":"jugendhilfe","ebene":"oertlich","personen":"alle","gueltigAb":"1991-01-01","grundlage":"§ 69 SGB VIII","fundstelle":"vom Betrieb berichtigt","geprueft":true}]'::jsonb where id = '12070'`,
      );
    });
    expect(await ladeStammdaten(u.datenbank.db)).toBe(false);
    const c = await u.als('schwaben');
    const rostock = (await c.get('/api/v1/traeger/13072')).json<Zeile>();
    expect(rostock.name).toBe('Landkreis Rostock');
    expect(rostock.rollen.some((r) => r.rolle === 'eingliederungshilfe')).toBe(true);
    const prignitz = (await c.get('/api/v1/traeger/12070')).json<Zeile>();
    expect(prignitz.rollen).toEqual([expect.objectContaining({ fundstelle: 'vom Betrieb berichtigt' })]);
  });

  it('Rollen berichtigt nur der Plattformbetrieb; ungültige Daten werden mit Feld benannt', async () => {
    const admin = await u.als('admin.schwaben');
    const t = await admin.get('/api/v1/traeger/bezirk-schwaben');
    const etag = String(t.headers.etag);
    const rollen = [
      {
        rolle: 'eingliederungshilfe',
        ebene: 'ueberoertlich',
        personen: 'alle',
        gueltigAb: '2020-01-01',
        grundlage: '§ 94 Abs. 1 SGB IX i. V. m. Art. 66d AGSG',
        fundstelle: 'GVBl. 2019',
        geprueft: true,
      },
    ];
    expect((await admin.patch('/api/v1/traeger/bezirk-schwaben', { rollen }, { 'if-match': etag })).statusCode).toBe(403);
    const betrieb = await u.als('betrieb');
    const falsch = await betrieb.patch(
      '/api/v1/traeger/bezirk-schwaben',
      { rollen: [{ ...rollen[0], gueltigBis: '2019-01-01' }] },
      { 'if-match': etag },
    );
    expect(falsch.statusCode).toBe(400);
    expect(falsch.json().fehler[0].pfad).toBe('/rollen/0/gueltigBis');
    const ok = await betrieb.patch('/api/v1/traeger/bezirk-schwaben', { rollen }, { 'if-match': etag });
    expect(ok.statusCode).toBe(200);
    expect(ok.json<Zeile>().rollen).toEqual([expect.objectContaining({ fundstelle: 'GVBl. 2019' })]);
  });
});
