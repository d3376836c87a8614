// GET /api/v1/normen: der Wortlaut zitierter Normen – öffentlich (ohne Anmeldung) und angemeldet,
// für jede Norm einer echten Begründung des Servers; Verzeichnis und Suche für die Hilfe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Umgebung, baueUmgebung } from './test/umgebung.ts';

let u: Umgebung;
beforeAll(async () => {
  u = await baueUmgebung();
}, 120_000);
afterAll(async () => u?.schliessen());

const url = (zitat: string) => `/api/v1/normen?zitat=${encodeURIComponent(zitat)}`;

describe('GET /api/v1/normen', () => {
  it('liefert ohne Anmeldung den ganzen Paragraphen mit Titel, Gesetz, Stand und Quelle', async () => {
    const r = await u.ohneAnmeldung().get(url('§ 111 Satz 1 SGB X'));
    expect(r.statusCode).toBe(200);
    expect(r.headers['cache-control']).toBe('public, max-age=3600');
    const n = r.json();
    expect(Object.keys(n).sort()).toEqual(['gefunden', 'gesetz', 'quelle', 'stand', 'teile', 'text', 'titel', 'zitat']);
    expect(n).toMatchObject({ zitat: '§ 111 Satz 1 SGB X', titel: '§ 111 Ausschlussfrist', gefunden: true });
    expect(n.text).toContain('zwölf Monate nach Ablauf des letzten Tages');
    expect(n.stand).toContain('Juli/August 2026');
  });

  it('mit Stichtag: die damals geltende Fassung', async () => {
    const c = u.ohneAnmeldung();
    const alt = (await c.get(`${url('§ 105 Abs. 3 SGB X')}&stichtag=2019-05-01`)).json();
    expect(alt.teile[0].fassung).toBe('2022');
    expect(alt.text).toContain('Kriegsopferfürsorge');
    const falsch = await c.get(`${url('§ 105 SGB X')}&stichtag=01.05.2019`);
    expect(falsch.statusCode).toBe(400);
  });

  it('a.F. wählt die Fassung von 2012; „i.V.m.“ liefert beide Normen', async () => {
    const c = await u.als('schwaben');
    const alt = (await c.get(url('§ 98 Abs. 5 SGB XII a.F.'))).json();
    expect(alt).toMatchObject({ titel: '§ 98 Örtliche Zuständigkeit', gefunden: true });
    expect(alt.teile[0]).toMatchObject({ fassung: '2012', kuerzel: 'SGB XII', absatz: 5 });
    const beide = (await c.get(url('§ 14 Abs. 4 Satz 3 Hs. 2 SGB IX a.F. i.V.m. § 105 SGB X'))).json();
    expect(beide.teile.map((t: { zitat: string }) => t.zitat)).toEqual(['§ 14 Abs. 4 Satz 3 Hs. 2 SGB IX a.F.', '§ 105 SGB X']);
  });

  it('§§ 187–193 BGB und § 26 Abs. 3 Satz 1 SGB X', async () => {
    const c = u.ohneAnmeldung();
    expect((await c.get(url('§§ 187–193 BGB'))).json().teile).toHaveLength(7);
    expect((await c.get(url('§ 26 Abs. 3 Satz 1 SGB X'))).json()).toMatchObject({ titel: '§ 26 Fristen und Termine', gefunden: true });
  });

  it('Gerichtsentscheidungen: 200 mit gefunden false und einem hilfreichen Text', async () => {
    const n = (await u.ohneAnmeldung().get(url('SG Freiburg, Urteil vom 01.03.2011 – S 9 SO 2640/10'))).json();
    expect(n).toMatchObject({ gefunden: false, titel: 'Gerichtsentscheidung' });
    expect(n.text).toContain('S 9 SO 2640/10');
  });

  it('ohne Zitat: 400 mit Feldfehler', async () => {
    const r = await u.ohneAnmeldung().get('/api/v1/normen');
    expect(r.statusCode).toBe(400);
    expect(r.json().fehler[0].pfad).toBe('/zitat');
  });

  it('jede Norm der Begründung des Demo-Mehrkostenvergleichs öffnet einen Text', async () => {
    const c = await u.als('cottbus');
    const [v] = (await c.get('/api/v1/mehrkostenvergleiche')).json().eintraege;
    const detail = (await c.get(`/api/v1/mehrkostenvergleiche/${v.id}`)).json();
    const normen: string[] = detail.regelentscheidung.begruendung.map((b: { norm: string }) => b.norm);
    expect(normen).toContain('§ 104 Abs. 2 Satz 2 Nr. 1 SGB IX');
    for (const z of normen) {
      const n = (await c.get(url(z))).json();
      expect(n.text.length, z).toBeGreaterThan(40);
      expect(n.gefunden, z).toBe(z.startsWith('§'));
    }
  });
});

describe('GET /api/v1/normen/verzeichnis und /normen/suche', () => {
  it('das Verzeichnis listet die Gesetze mit Gliederung', async () => {
    const v = (await u.ohneAnmeldung().get('/api/v1/normen/verzeichnis')).json();
    expect(v.gesetze).toHaveLength(13);
    const sgb10 = v.gesetze.find((g: { schluessel: string }) => g.schluessel === 'sgb-10');
    expect(sgb10.eintraege).toContainEqual({
      art: 'paragraph',
      nummer: '4',
      titel: 'Voraussetzungen und Grenzen der Amtshilfe',
      zitat: '§ 4 SGB X',
    });
    expect(v.hinweis).toContain('gesetze-im-internet.de');
  });

  it('die Suche findet „Ausschlussfrist“ und verlangt mindestens zwei Zeichen', async () => {
    const c = u.ohneAnmeldung();
    const r = (await c.get('/api/v1/normen/suche?q=Ausschlussfrist')).json();
    expect(r.treffer[0]).toMatchObject({ zitat: '§ 111 SGB X' });
    expect((await c.get('/api/v1/normen/suche?q=A')).statusCode).toBe(400);
    expect((await c.get('/api/v1/normen/suche?q=Amtshilfe&gesetz=sgb-10&hoechstens=3')).json().treffer).toHaveLength(3);
  });
});
