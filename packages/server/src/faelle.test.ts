// Fälle über die API: Anlegen mit Zuständigkeitsentscheidung, § 14-Fristen, Neuberechnung bei
// Änderung, Protokoll, Suche – PGlite und PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type Umgebung, baueUmgebung, testDb } from './test/umgebung.ts';

let u: Umgebung;
let prignitz: Client;
let cottbus: Client;

beforeAll(async () => {
  u = await baueUmgebung();
  [prignitz, cottbus] = await Promise.all([u.als('prignitz'), u.als('cottbus')]);
}, 120_000);
afterAll(async () => u?.schliessen());

const fallSc11 = {
  aktenzeichen: 'PR-50-2025-0001',
  person: { nachname: 'Muster', vorname: 'Max', geburtsdatum: '1990-02-03' },
  aufenthalte: [
    { von: '2010-01-01', bis: '2023-07-31', gebiet: '12070', art: 'gewoehnlich' },
    { von: '2023-08-01', gebiet: '12052', art: 'gewoehnlich' },
  ],
  leistungen: [{ von: '2021-06-01', form: 'ambulant', traeger: '12070', bezeichnung: 'Assistenz' }],
  antraege: [{ datum: '2021-05-10', traeger: '12070' }],
};

describe(`Fälle (${testDb})`, () => {
  it('legt einen Fall an; das Regelwerk bestimmt die Zuständigkeit mit Begründung (SC-11)', async () => {
    const r = await prignitz.post('/api/v1/faelle', fallSc11);
    expect(r.statusCode).toBe(201);
    expect(r.headers.location).toMatch(/^\/api\/v1\/faelle\//);
    const f = r.json();
    expect(f.person).toMatchObject({ nachname: 'Muster', pseudonym: expect.stringMatching(/^P-/) });
    expect(f.zustaendigkeit.ergebnis).toMatchObject({ recht: 'SGB IX', traeger: '12070', vorlaeufig: false });
    expect(f.zustaendigkeit.begruendung.map((b: { norm: string }) => b.norm).join(' ')).toMatch(/§ 98 Abs\. 1/);
    expect(f.leistungen[0].bezeichnung).toBe('Assistenz');
  });

  it('die Begründung nennt die Träger mit Namen, nicht mit ihrem Schlüssel; die Entscheidung behält den Schlüssel', async () => {
    const liste = (await prignitz.get('/api/v1/faelle?suche=PR-50-2025-0001')).json();
    const f = (await prignitz.get(`/api/v1/faelle/${liste.eintraege[0].id}`)).json();
    expect(f.zustaendigkeit.ergebnis.traeger).toBe('12070');
    const texte = [...f.zustaendigkeit.begruendung, ...f.zustaendigkeit.hinweise].map((x: { text: string }) => x.text).join(' ');
    expect(texte).toMatch(/Landkreis Prignitz/);
    expect(texte).not.toMatch(/„\d{5}“/);
  });

  it('setzt die Fristen des § 14-Verfahrens und rechnet sie bei Änderung neu', async () => {
    const r = await prignitz.post('/api/v1/faelle', {
      aktenzeichen: 'PR-50-2025-0002',
      person: { nachname: 'Neu', vorname: 'Nina' },
      zustaendigkeitsklaerung: { antragseingang: '2025-03-03', landErsterTraeger: 'BB' },
    });
    expect(r.statusCode).toBe(201);
    const f = r.json();
    expect(f.klaerung.ergebnis).toMatchObject({
      weiterleitungsfristEnde: '2025-03-18',
      entscheidungsfristEnde: '2025-03-24',
      leistenderTraeger: 'erster',
    });
    expect(f.fristen.map((x: { art: string; faellig: string }) => `${x.art} ${x.faellig}`)).toEqual([
      'S14_WEITERLEITUNG 2025-03-18',
      'S14_ENTSCHEIDUNG 2025-03-24',
    ]);
    const geaendert = await prignitz.patch(
      `/api/v1/faelle/${f.id}`,
      {
        zustaendigkeitsklaerung: {
          antragseingang: '2025-03-03',
          landErsterTraeger: 'BB',
          weiterleitung: { am: '2025-03-12', eingang: '2025-03-14', land: 'BB' },
        },
      },
      { 'if-match': String(r.headers.etag) },
    );
    expect(geaendert.statusCode).toBe(200);
    expect(geaendert.json().klaerung.ergebnis).toMatchObject({ leistenderTraeger: 'zweiter', entscheidungsfristEnde: '2025-04-04' });
    expect(geaendert.json().fristen.map((x: { art: string; faellig: string }) => `${x.art} ${x.faellig}`)).toEqual([
      'S14_ENTSCHEIDUNG 2025-04-04',
    ]);
    expect(geaendert.json().entscheidungen.length).toBeGreaterThanOrEqual(2);
  });

  it('ungültige Verläufe: 400 mit JSON-Pointer, nichts gespeichert', async () => {
    const vorher = (await prignitz.get('/api/v1/faelle?proSeite=1')).json().gesamt;
    const r = await prignitz.post('/api/v1/faelle', {
      ...fallSc11,
      aktenzeichen: 'PR-50-2025-0003',
      aufenthalte: [{ von: '2020-01-01', bis: '2019-01-01', gebiet: '12070', art: 'gewoehnlich' }],
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().fehler[0].pfad).toBe('/aufenthalte/0/bis');
    const doppelt = await prignitz.post('/api/v1/faelle', fallSc11);
    expect(doppelt.statusCode).toBe(400);
    expect(doppelt.json().fehler[0]).toMatchObject({ pfad: '/aktenzeichen' });
    const falscheArt = await prignitz.post('/api/v1/faelle', {
      ...fallSc11,
      aktenzeichen: 'PR-X',
      aufenthalte: [{ von: '2020-01-01', gebiet: '12070', art: 'wohnhaft' }],
    });
    expect(falscheArt.statusCode).toBe(400);
    expect(falscheArt.json().fehler[0]).toMatchObject({ pfad: '/aufenthalte/0/art', meldung: expect.stringMatching(/gewoehnlich/) });
    expect((await prignitz.get('/api/v1/faelle?proSeite=1')).json().gesamt).toBe(vorher);
  });

  it('sucht nach Name und Aktenzeichen; ein anderer Träger findet nichts und bekommt 404', async () => {
    const treffer = (await prignitz.get('/api/v1/faelle?suche=muster')).json();
    expect(treffer.eintraege.map((f: { aktenzeichen: string }) => f.aktenzeichen)).toContain('PR-50-2025-0001');
    const fremd = (await cottbus.get('/api/v1/faelle?suche=muster')).json();
    expect(fremd.gesamt).toBe(0);
    const id = treffer.eintraege[0].id;
    const r = await cottbus.get(`/api/v1/faelle/${id}`);
    expect(r.statusCode).toBe(404);
    expect(r.body).not.toContain('Muster');
  });

  it('Kostenerstattung darf Fälle lesen, aber nicht anlegen', async () => {
    const schwaben = await u.als('schwaben');
    expect((await schwaben.get('/api/v1/faelle')).statusCode).toBe(200);
    expect((await schwaben.post('/api/v1/faelle', { ...fallSc11, aktenzeichen: 'S-1' })).statusCode).toBe(403);
  });

  it('protokolliert das Lesen der Personendaten mit Person', async () => {
    const f = (await prignitz.get('/api/v1/faelle?suche=PR-50-2025-0001')).json().eintraege[0];
    await prignitz.get(`/api/v1/faelle/${f.id}`);
    const ds = await u.als('datenschutz.schwaben');
    // Datenschutz von Schwaben sieht das Protokoll von Prignitz nicht.
    const fremd = (await ds.get(`/api/v1/protokoll?objektId=${f.id}`)).json();
    expect(fremd.eintraege).toHaveLength(0);
  });
});
