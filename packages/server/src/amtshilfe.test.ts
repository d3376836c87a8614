// Amtshilfe über die API: der ganze Weg Prignitz → Cottbus (Gesamtplanung, Bericht mit den neun
// Lebensbereichen, Pauschale der Vereinbarung, Zahlung), Ablehnung und Aufsicht, verbotene
// Übergänge, Sichtbarkeit, § 7 SGB X bei Nichtmitgliedern, If-Match, gesperrte Daten und
// Protokoll – gegen PGlite und PostgreSQL.
import { datum } from '@egh/recht';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legeBenutzerAn } from './anwendungsfaelle/benutzer.ts';
import { heute } from './anwendungsfaelle/gemeinsam.ts';
import { type Client, type Umgebung, baueUmgebung, testDb } from './test/umgebung.ts';

let u: Umgebung;
let prignitz: Client;
let cottbus: Client;
let schwaben: Client;
let havelland: Client;
let leitungPrignitz: Client;
let datenschutzPrignitz: Client;
let datenschutzCottbus: Client;
/** Ein Fall von Prignitz nach SC-11: Prignitz bleibt zuständig, die Person lebt in Cottbus. */
let fallId: string;
let personId: string;

const url = '/api/v1/amtshilfeersuchen';
const inTagen = (n: number) => datum.isoDatum(datum.plusTage(datum.datum(heute()), n));

const lebensbereichTexte = {
  lernenUndWissensanwendung: 'Liest und schreibt sicher; lernt neue Abläufe mit Anleitung.',
  allgemeineAufgabenUndAnforderungen: 'Braucht Unterstützung bei der Tagesstruktur.',
  kommunikation: 'Verständigt sich sicher in Lautsprache.',
  mobilitaet: 'Nutzt den Nahverkehr auf bekannten Strecken allein.',
  selbstversorgung: 'Weitgehend selbständig; Erinnerung an Medikamente nötig.',
  haeuslichesLeben: 'Einkauf und Haushalt mit wöchentlicher Assistenz.',
  interpersonelleInteraktionenUndBeziehungen: 'Stabile Beziehungen zur Familie; wenig Kontakte in Cottbus.',
  bedeutendeLebensbereiche: 'Arbeitet in einer Werkstatt für behinderte Menschen.',
  gemeinschaftsSozialesUndStaatsbuergerlichesLeben: 'Möchte einem Sportverein beitreten.',
};

const bericht = {
  lebensbereiche: lebensbereichTexte,
  wuensche: 'Weiter in der eigenen Wohnung in Cottbus leben.',
  vorschlaege: 'Assistenzleistungen im bisherigen Umfang weiter bewilligen (§ 113 SGB IX).',
};

const neuesErsuchen = (extra: Record<string, unknown> = {}) => ({
  fallId,
  ersuchterId: '12052',
  aufgabe: 'gesamtplanung',
  fragen: 'Bitte Gesamtplangespräch vor Ort führen und zu den Lebensbereichen berichten.',
  gewuenschtBis: inTagen(30),
  daten: [{ art: 'gesamtplanziele', inhalt: 'Selbständiges Wohnen; Arbeit in einer Werkstatt.' }],
  ...extra,
});

async function etag(c: Client, id: string): Promise<string> {
  return String((await c.get(`${url}/${id}`)).headers.etag);
}

async function aktion(c: Client, id: string, was: string, body: Record<string, unknown> = {}) {
  return c.post(`${url}/${id}/${was}`, body, { 'if-match': await etag(c, id) });
}

async function angelegt(body: Record<string, unknown> = neuesErsuchen()): Promise<string> {
  const r = await prignitz.post(url, body);
  expect(r.statusCode, r.body).toBe(201);
  return r.json().id as string;
}

async function gesendet(body?: Record<string, unknown>): Promise<string> {
  const id = await angelegt(body);
  expect((await aktion(prignitz, id, 'senden')).statusCode).toBe(200);
  return id;
}

interface Liste {
  eintraege: { id: string; aktenzeichen: string; gewuenschtBis: string }[];
  gesamt: number;
}

async function ausgang(c: Client): Promise<Liste> {
  return (await c.get(`${url}?richtung=ausgang&proSeite=500`)).json<Liste>();
}

beforeAll(async () => {
  u = await baueUmgebung();
  const neu = [
    { benutzername: 'leitung.prignitz', traegerId: '12070', rollen: ['leitung' as const] },
    { benutzername: 'datenschutz.prignitz', traegerId: '12070', rollen: ['datenschutz' as const] },
    { benutzername: 'datenschutz.cottbus', traegerId: '12052', rollen: ['datenschutz' as const] },
    // Landkreis Havelland ist der Vereinbarung nicht beigetreten.
    { benutzername: 'havelland', traegerId: '12063', rollen: ['sachbearbeitung' as const] },
  ];
  for (const b of neu) await legeBenutzerAn(u.datenbank.db, { ...b, name: b.benutzername, passwort: 'demo', demoKonto: true });
  [prignitz, cottbus, schwaben, havelland, leitungPrignitz, datenschutzPrignitz, datenschutzCottbus] = await Promise.all([
    u.als('prignitz'),
    u.als('cottbus'),
    u.als('schwaben'),
    u.als('havelland'),
    u.als('leitung.prignitz'),
    u.als('datenschutz.prignitz'),
    u.als('datenschutz.cottbus'),
  ]);
  const fall = await prignitz.post('/api/v1/faelle', {
    aktenzeichen: 'PR-50-2022-0777',
    person: { nachname: 'Musterfrau', vorname: 'Erika', geburtsdatum: '1990-02-03', anschrift: { ort: 'Cottbus' } },
    aufenthalte: [
      { von: '2010-01-01', bis: '2023-07-31', gebiet: '12070', art: 'gewoehnlich' },
      { von: '2023-08-01', gebiet: '12052', art: 'gewoehnlich' },
    ],
    leistungen: [{ von: '2022-03-01', form: 'ambulant', traeger: '12070' }],
    antraege: [{ datum: '2022-02-10', traeger: '12070' }],
  });
  expect(fall.statusCode, fall.body).toBe(201);
  fallId = fall.json().id;
  personId = fall.json().person.id;
}, 120_000);
afterAll(async () => u?.schliessen());

describe(`Amtshilfe (${testDb})`, () => {
  it('Demo: Prignitz hat Cottbus um Gesamtplanung ersucht; Cottbus hat es im Eingang mit Frist zum erbetenen Termin', async () => {
    const aus = await ausgang(prignitz);
    const demo = aus.eintraege.find((e) => e.aktenzeichen === 'PR-50-2021-0042');
    if (!demo) throw new Error('Das Demo-Ersuchen fehlt im Ausgang von Prignitz.');
    expect(demo).toMatchObject({ status: 'Gesendet', aufgabe: 'gesamtplanung', ersuchterId: '12052', ersuchterName: 'Stadt Cottbus' });
    const ein = (await cottbus.get(`${url}?richtung=eingang`)).json();
    expect(ein.eintraege.map((e: { id: string }) => e.id)).toContain(demo.id);
    const sicht = (await cottbus.get(`${url}/${demo.id}`)).json();
    expect(sicht.daten.map((d: { art: string }) => d.art)).toEqual(['stammdaten', 'gesamtplanziele']);
    expect(sicht.datenpruefung.ergebnis.entscheidungen.every((x: { zulaessig: boolean }) => x.zulaessig)).toBe(true);
    expect(sicht.fristen).toEqual([
      expect.objectContaining({ art: 'AMTSHILFE_ERBETEN', traegerId: '12052', faellig: demo.gewuenschtBis, erledigt: false }),
    ]);
    expect(sicht.moeglicheAktionen).toEqual(['annehmen', 'ablehnen']);
  });

  it('die Begründungen des Demo-Ersuchens nennen die Träger mit Namen, nicht mit ihrem Schlüssel', async () => {
    const demo = (await ausgang(prignitz)).eintraege.find((e) => e.aktenzeichen === 'PR-50-2021-0042');
    const sicht = (await cottbus.get(`${url}/${demo?.id}`)).json();
    const texte = (sicht.entscheidungen as { begruendung: { text: string }[]; hinweise: { text: string }[] }[])
      .flatMap((x) => [...x.begruendung, ...x.hinweise])
      .map((x) => x.text)
      .join(' ');
    expect(texte).toMatch(/Stadt Cottbus|Landkreis Prignitz/);
    expect(texte).not.toMatch(/„\d{5}(\d{3})?“/);
  });

  it('der ganze Weg Prignitz → Cottbus: anlegen, senden, annehmen, berichten, abrechnen (Pauschale), bezahlen', async () => {
    // Anlegen: Entwurf; das Regelwerk bestätigt Amtshilfe und die Daten.
    const anlegen = await prignitz.post(url, neuesErsuchen(), { 'idempotency-key': 'weg-1' });
    expect(anlegen.statusCode).toBe(201);
    expect(anlegen.headers.location).toMatch(/^\/api\/v1\/amtshilfeersuchen\//);
    const entwurf = anlegen.json();
    expect(entwurf).toMatchObject({ status: 'Entwurf', seite: 'ersuchender', fallId, aktenzeichen: 'PR-50-2022-0777', aenderbar: true });
    expect(entwurf.personPseudonym).toMatch(/^P-/);
    expect(entwurf.pruefung.ergebnis.istAmtshilfe).toBe(true);
    expect(entwurf.moeglicheAktionen).toEqual(['senden']);
    const id: string = entwurf.id;
    // Dieselbe Anfrage mit demselben Schlüssel legt nichts doppelt an.
    const nochmal = await prignitz.post(url, neuesErsuchen(), { 'idempotency-key': 'weg-1' });
    expect(nochmal.json().id).toBe(id);

    const senden = await aktion(prignitz, id, 'senden');
    expect(senden.statusCode).toBe(200);
    expect(senden.json()).toMatchObject({ status: 'Gesendet', gesendetAm: heute() });
    // Für den Ersuchenden entsteht keine Frist (§§ 3–7 SGB X setzen ihm keine).
    expect(senden.json().fristen).toEqual([]);

    // Cottbus: Eingang, Sicht ohne Fall und Person, eigene Frist.
    const ein = (await cottbus.get(`${url}?richtung=eingang&status=Gesendet`)).json();
    expect(ein.eintraege.find((e: { id: string }) => e.id === id)).toMatchObject({
      richtung: 'eingang',
      ersuchenderName: 'Landkreis Prignitz',
    });
    const sichtCottbus = await cottbus.get(`${url}/${id}`);
    const sc = sichtCottbus.json();
    expect(sc).toMatchObject({
      seite: 'ersuchter',
      status: 'Gesendet',
      personPseudonym: entwurf.personPseudonym,
      fragen: expect.any(String),
    });
    expect(sc).not.toHaveProperty('fallId');
    for (const geheim of [fallId, personId, 'Musterfrau', '1990-02-03']) expect(sichtCottbus.body).not.toContain(geheim);
    expect(sc.fristen).toEqual([
      expect.objectContaining({ traegerId: '12052', faellig: inTagen(30), erledigt: false, norm: '§ 3 Abs. 1 SGB X' }),
    ]);
    // Cottbus sieht nur die Entscheidungen ab dem Senden, an denen es beteiligt ist.
    expect(sc.entscheidungen.length).toBeGreaterThan(0);
    for (const e of sc.entscheidungen) expect(e.parteien).toEqual(['12070', '12052']);
    expect((await cottbus.get(`/api/v1/faelle/${fallId}`)).statusCode).toBe(404);
    const fristenCottbus = (await cottbus.get('/api/v1/fristen?art=AMTSHILFE_ERBETEN')).json();
    expect(fristenCottbus.eintraege.map((f: { bezugId: string }) => f.bezugId)).toContain(id);

    expect((await aktion(cottbus, id, 'annehmen')).json()).toMatchObject({ status: 'Angenommen', beantwortetAm: heute() });

    const berichtet = await aktion(cottbus, id, 'berichten', { bericht });
    expect(berichtet.statusCode, berichtet.body).toBe(200);
    const b = berichtet.json();
    expect(b.status).toBe('Durchgefuehrt');
    expect(b.durchgefuehrtAm).toBe(heute());
    expect(b.bericht.lebensbereiche.map((x: { bezeichnung: string }) => x.bezeichnung)).toEqual([
      'Lernen und Wissensanwendung',
      'Allgemeine Aufgaben und Anforderungen',
      'Kommunikation',
      'Mobilität',
      'Selbstversorgung',
      'Häusliches Leben',
      'Interpersonelle Interaktionen und Beziehungen',
      'Bedeutende Lebensbereiche',
      'Gemeinschafts-, soziales und staatsbürgerliches Leben',
    ]);
    expect(b.bericht.lebensbereiche[3].text).toBe(lebensbereichTexte.mobilitaet);
    expect(b.fristen).toEqual([expect.objectContaining({ erledigt: true })]);

    // Abrechnen: die Pauschale der Vereinbarung für „gesamtplanung“ (Beispielbetrag der Demo).
    const v = (await cottbus.get('/api/v1/vereinbarungen/bagues-amtshilfe-2025')).json();
    expect(v.beispiel).toBe(true);
    const abgerechnet = await aktion(cottbus, id, 'abrechnen', { auslagenCent: 4800, auslagenBeschreibung: 'Fahrt' });
    expect(abgerechnet.statusCode, abgerechnet.body).toBe(200);
    expect(abgerechnet.json()).toMatchObject({
      status: 'Abgerechnet',
      abrechnung: {
        erstattungsart: 'pauschale',
        erstattungCent: v.pauschalen.gesamtplanung,
        vereinbarung: { id: 'bagues-amtshilfe-2025', beispiel: true },
      },
    });
    expect(abgerechnet.json().pruefung.begruendung.map((s: { norm: string }) => s.norm)).toContain('§ 7 Abs. 1 Satz 3 SGB X');

    // Prignitz sieht Bericht und Rechnung und vermerkt die Zahlung.
    const sichtPrignitz = (await prignitz.get(`${url}/${id}`)).json();
    expect(sichtPrignitz).toMatchObject({ seite: 'ersuchender', status: 'Abgerechnet', fallId, moeglicheAktionen: ['bezahlen'] });
    expect(sichtPrignitz.bericht.wuensche).toBe(bericht.wuensche);
    expect(sichtPrignitz.abrechnung.erstattungCent).toBe(v.pauschalen.gesamtplanung);
    const bezahlt = await aktion(prignitz, id, 'bezahlen', {});
    expect(bezahlt.json()).toMatchObject({ status: 'Bezahlt', bezahltAm: heute(), moeglicheAktionen: [] });
    expect((await cottbus.get(`${url}/${id}`)).json()).toMatchObject({ status: 'Bezahlt', moeglicheAktionen: [] });
    const liste = (await ausgang(prignitz)).eintraege.find((e: { id: string }) => e.id === id);
    expect(liste).toMatchObject({ status: 'Bezahlt', erstattungCent: v.pauschalen.gesamtplanung, richtung: 'ausgang' });
  });

  it('Ablehnung mit zulässigem Grund; Prignitz besteht darauf, der Streit geht an die Aufsichtsbehörde', async () => {
    const id = await gesendet();
    const abgelehnt = await aktion(cottbus, id, 'ablehnen', {
      ablehnungsgrund: 'eigeneAufgabenGefaehrdet',
      begruendung: 'Zwei von drei Stellen im Fallmanagement sind unbesetzt.',
    });
    expect(abgelehnt.statusCode, abgelehnt.body).toBe(200);
    expect(abgelehnt.json()).toMatchObject({ status: 'Abgelehnt', ablehnungsgrund: 'eigeneAufgabenGefaehrdet', beantwortetAm: heute() });
    expect(abgelehnt.json().pruefung.ergebnis.ablehnungZulaessig).toBe(true);
    expect(abgelehnt.json().fristen).toEqual([expect.objectContaining({ erledigt: true })]);
    expect((await prignitz.get(`${url}/${id}`)).json().moeglicheAktionen).toEqual(['aufsicht']);

    const aufsicht = await aktion(prignitz, id, 'aufsicht');
    expect(aufsicht.statusCode, aufsicht.body).toBe(200);
    const a = aufsicht.json();
    expect(a.status).toBe('Aufsicht');
    expect(a.streitentscheidung).toMatch(/Aufsichtsbehörde/);
    expect(a.streitentscheidung).toMatch(/§ 4 Abs\. 5 Satz 2 SGB X/);
    expect(a.entscheidungen[0]).toMatchObject({ pruefung: 'amtshilfe', ergebnis: { streitentscheidungText: a.streitentscheidung } });
    expect(['gemeinsameAufsicht', 'aufsichtErsuchte']).toContain(a.entscheidungen[0].ergebnis.streitentscheidung);
    // Beide Parteien sehen, wer entscheidet; Cottbus kann nach der Entscheidung der Aufsicht doch helfen.
    const c = (await cottbus.get(`${url}/${id}`)).json();
    expect(c.streitentscheidung).toBe(a.streitentscheidung);
    expect(c.moeglicheAktionen).toEqual(['annehmen']);
  });

  it('ein unzulässiger Ablehnungsgrund (Unzweckmäßigkeit) ist ein 400 mit der Begründung des Regelwerks und ändert nichts', async () => {
    const id = await gesendet();
    const vorher = (await cottbus.get(`${url}/${id}`)).json();
    const r = await aktion(cottbus, id, 'ablehnen', {
      ablehnungsgrund: 'unzweckmaessig',
      begruendung: 'Wir halten das Gespräch für unnötig.',
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().fehler).toEqual([
      {
        pfad: '/ablehnungsgrund',
        meldung: expect.stringMatching(/§ 4 Abs\. 4 SGB X: Die ersuchte Behörde darf die Hilfe nicht verweigern/),
      },
    ]);
    const nachher = (await cottbus.get(`${url}/${id}`)).json();
    expect(nachher).toMatchObject({ status: 'Gesendet', version: vorher.version, ablehnungsgrund: null });
    expect(nachher.entscheidungen).toHaveLength(vorher.entscheidungen.length);
    // Ein Grund außerhalb des Regelwerks scheitert schon an der Eingabeprüfung.
    expect((await aktion(cottbus, id, 'ablehnen', { ablehnungsgrund: 'keineLust', begruendung: 'x' })).statusCode).toBe(400);
  });

  it('jeder verbotene Übergang (falsche Seite, falscher Status, falsche Rolle) antwortet 403/409 und ändert nichts', async () => {
    const entwurf = await angelegt();
    const id = await gesendet();
    const versuche: [Client, string, string, number, Record<string, unknown>?][] = [
      [prignitz, id, 'annehmen', 403],
      [prignitz, id, 'ablehnen', 403, { ablehnungsgrund: 'eigeneAufgabenGefaehrdet', begruendung: 'x' }],
      [prignitz, id, 'berichten', 403, { bericht }],
      [prignitz, id, 'abrechnen', 403],
      [cottbus, id, 'senden', 403],
      [cottbus, id, 'aufsicht', 403],
      [cottbus, id, 'bezahlen', 403],
      [prignitz, id, 'senden', 409],
      [prignitz, id, 'aufsicht', 409],
      [prignitz, id, 'bezahlen', 409],
      [cottbus, id, 'berichten', 409, { bericht }],
      [cottbus, id, 'abrechnen', 409],
      [leitungPrignitz, entwurf, 'senden', 403],
      [leitungPrignitz, id, 'bezahlen', 403],
    ];
    for (const [c, ziel, was, status, body] of versuche) {
      const vorher = (await prignitz.get(`${url}/${ziel}`)).json();
      const r = await aktion(c, ziel, was, body ?? {});
      expect(r.statusCode, `${was}: ${r.body}`).toBe(status);
      expect(r.json().detail).toEqual(expect.any(String));
      const nachher = (await prignitz.get(`${url}/${ziel}`)).json();
      expect({ status: nachher.status, version: nachher.version }).toEqual({ status: vorher.status, version: vorher.version });
    }
    // Ändern: nur der Ersuchende, nur im Entwurf, nur die Sachbearbeitung.
    expect((await prignitz.patch(`${url}/${id}`, { fragen: 'neu' }, { 'if-match': await etag(prignitz, id) })).statusCode).toBe(409);
    expect((await cottbus.patch(`${url}/${id}`, { fragen: 'neu' }, { 'if-match': await etag(cottbus, id) })).statusCode).toBe(403);
    const l = await leitungPrignitz.patch(`${url}/${entwurf}`, { fragen: 'neu' }, { 'if-match': await etag(prignitz, entwurf) });
    expect(l.statusCode).toBe(403);
    expect((await leitungPrignitz.post(url, neuesErsuchen())).statusCode).toBe(403);
    // Lesen darf die Leitung.
    expect((await leitungPrignitz.get(`${url}/${id}`)).json().moeglicheAktionen).toEqual([]);
    expect((await prignitz.get(`${url}/${entwurf}`)).json()).toMatchObject({
      status: 'Entwurf',
      version: 1,
      fragen: neuesErsuchen().fragen,
    });
  });

  it('ein Entwurf ist für den ersuchten Träger unsichtbar (404), in keiner Liste und ohne Frist', async () => {
    const id = await angelegt();
    expect((await cottbus.get(`${url}/${id}`)).statusCode).toBe(404);
    expect((await cottbus.patch(`${url}/${id}`, { fragen: 'x' }, { 'if-match': '"1"' })).statusCode).toBe(404);
    for (const was of ['annehmen', 'senden'])
      expect((await cottbus.post(`${url}/${id}/${was}`, {}, { 'if-match': '"1"' })).statusCode).toBe(404);
    const liste = await cottbus.get(`${url}?proSeite=500`);
    expect(liste.body).not.toContain(id);
    const fristen = (await cottbus.get('/api/v1/fristen?proSeite=500')).json();
    expect(fristen.eintraege.map((f: { bezugId: string }) => f.bezugId)).not.toContain(id);
  });

  it('ein unbeteiligter Träger (Bezirk Schwaben) bekommt 404 und sieht das Ersuchen in keiner Liste', async () => {
    const id = await gesendet();
    expect((await schwaben.get(`${url}/${id}`)).statusCode).toBe(404);
    expect((await schwaben.patch(`${url}/${id}`, { fragen: 'x' }, { 'if-match': '"2"' })).statusCode).toBe(404);
    for (const was of ['senden', 'annehmen', 'aufsicht', 'abrechnen', 'bezahlen'])
      expect((await schwaben.post(`${url}/${id}/${was}`, {}, { 'if-match': '"2"' })).statusCode, was).toBe(404);
    for (const q of ['', '?richtung=eingang', '?richtung=ausgang', '?suche=PR-50']) {
      const r = await schwaben.get(`${url}${q}`);
      expect(r.statusCode).toBe(200);
      expect(r.json().eintraege).toEqual([]);
    }
    expect((await prignitz.get(`${url}/${id}`)).json().version).toBe(2);
  });

  it('ohne Beitritt des ersuchten Trägers gilt § 7 SGB X: Auslagen nur über 35 €, dann ganz', async () => {
    const weg = async (auslagenCent: number) => {
      const id = await gesendet(neuesErsuchen({ ersuchterId: '12063', aufgabe: 'hausbesuch' }));
      expect((await aktion(havelland, id, 'annehmen')).statusCode).toBe(200);
      expect((await aktion(havelland, id, 'berichten', { bericht })).statusCode).toBe(200);
      const r = await aktion(havelland, id, 'abrechnen', { auslagenCent, auslagenBeschreibung: 'Fahrtkosten' });
      expect(r.statusCode, r.body).toBe(200);
      return r.json<{
        abrechnung: Record<string, unknown> & { pauschaleAusschlussgruende: string[] };
        pruefung: { hinweise: { code: string }[] };
      }>();
    };
    const genau35 = await weg(3500);
    expect(genau35.abrechnung).toMatchObject({ erstattungsart: 'keine', erstattungCent: 0, auslagenschwelleCent: 3500 });
    expect(genau35.abrechnung.pauschaleAusschlussgruende).toEqual(
      expect.arrayContaining(['ersuchterNichtMitgliedBeiEingang', 'ersuchterNichtMitgliedBeiDurchfuehrung']),
    );
    const darueber = await weg(3501);
    expect(darueber.abrechnung).toMatchObject({ erstattungsart: 'auslagen', erstattungCent: 3501, auslagenCent: 3501 });
    expect(darueber.pruefung.hinweise.map((h: { code: string }) => h.code)).toContain('AUSLAGEN_NUR_AUF_ANFORDERUNG');
  });

  it('§ 3 Abs. 2 SGB X: ist der ersuchte Träger selbst zuständig, ist es keine Amtshilfe (409) und nichts wird gespeichert', async () => {
    const fall = await prignitz.post('/api/v1/faelle', {
      aktenzeichen: 'PR-50-2024-0100',
      person: { nachname: 'Zugezogen', vorname: 'Max' },
      aufenthalte: [
        { von: '2010-01-01', bis: '2023-07-31', gebiet: '12070', art: 'gewoehnlich' },
        { von: '2023-08-01', gebiet: '12052', art: 'gewoehnlich' },
      ],
      antraege: [{ datum: '2024-05-10', traeger: '12052' }],
    });
    expect(fall.statusCode).toBe(201);
    expect(fall.json().zustaendigkeit.ergebnis.traeger).toBe('12052');
    const vorher = (await ausgang(prignitz)).gesamt;
    const r = await prignitz.post(url, neuesErsuchen({ fallId: fall.json().id }));
    expect(r.statusCode).toBe(409);
    expect(r.json().detail).toMatch(/§ 3 Abs\. 2 Nr\. 2 SGB X: Die erbetene Handlung obliegt der ersuchten Behörde/);
    expect((await ausgang(prignitz)).gesamt).toBe(vorher);
  });

  it('If-Match: veraltet 412, fehlend 428; der Entwurf bleibt wie zuletzt gespeichert', async () => {
    const id = await angelegt();
    const alt = await etag(prignitz, id);
    const p = await prignitz.patch(`${url}/${id}`, { fragen: 'Erste Änderung', gewuenschtBis: inTagen(45) }, { 'if-match': alt });
    expect(p.statusCode).toBe(200);
    expect(p.json()).toMatchObject({ fragen: 'Erste Änderung', gewuenschtBis: inTagen(45), version: 2 });
    expect((await prignitz.patch(`${url}/${id}`, { fragen: 'Zweite Änderung' }, { 'if-match': alt })).statusCode).toBe(412);
    expect((await prignitz.post(`${url}/${id}/senden`, {}, { 'if-match': alt })).statusCode).toBe(412);
    expect((await prignitz.post(`${url}/${id}/senden`, {})).statusCode).toBe(428);
    expect((await prignitz.get(`${url}/${id}`)).json()).toMatchObject({ fragen: 'Erste Änderung', status: 'Entwurf', version: 2 });
  });

  it('gesperrte Daten (Arztbericht, Einkommen ohne Einwilligung) sind ein 400 je Posten, und nichts wird gespeichert', async () => {
    const vorher = (await ausgang(prignitz)).gesamt;
    const daten = [
      { art: 'stammdaten', inhalt: 'Erika Musterfrau, Cottbus' },
      { art: 'arztbericht', inhalt: 'Befund vom 01.02.2025' },
      { art: 'einkommen', inhalt: 'Lohnabrechnungen' },
    ];
    const r = await prignitz.post(url, neuesErsuchen({ daten }));
    expect(r.statusCode).toBe(400);
    expect(r.json().fehler).toEqual([
      { pfad: '/daten/1/art', meldung: expect.stringMatching(/„arztbericht“ darf nicht übermittelt werden \(§ 76 Abs\. 1 SGB X\)/) },
      { pfad: '/daten/2/art', meldung: expect.stringMatching(/„einkommen“ darf nicht übermittelt werden \(§ 69 Abs\. 1 Nr\. 1 SGB X\)/) },
    ]);
    expect((await ausgang(prignitz)).gesamt).toBe(vorher);

    // Im Entwurf dasselbe: die Änderung wird abgewiesen, der Entwurf bleibt.
    const id = await angelegt();
    const p = await prignitz.patch(`${url}/${id}`, { daten }, { 'if-match': await etag(prignitz, id) });
    expect(p.statusCode).toBe(400);
    expect((await prignitz.get(`${url}/${id}`)).json()).toMatchObject({ version: 1, daten: neuesErsuchen().daten });

    // Mit Einwilligung der Person (§ 67b Abs. 2 SGB X) dürfen sie mit.
    const mit = await prignitz.post(url, neuesErsuchen({ daten, einwilligung: true }));
    expect(mit.statusCode, mit.body).toBe(201);
    expect(mit.json().datenpruefung.ergebnis.entscheidungen.every((x: { zulaessig: boolean }) => x.zulaessig)).toBe(true);
    // Die Einwilligung gilt beim Senden weiter (geprüft mit den zuletzt angegebenen Tatsachen).
    expect((await aktion(prignitz, mit.json().id, 'senden')).statusCode).toBe(200);
  });

  it('das Protokoll verzeichnet Lesen und Ändern bei beiden Trägern, bei Prignitz mit der Person', async () => {
    const id = await gesendet();
    await cottbus.get(`${url}/${id}`);
    await aktion(cottbus, id, 'annehmen');
    await cottbus.get(`${url}?richtung=eingang`);
    const p = (await datenschutzPrignitz.get(`/api/v1/protokoll?objektArt=amtshilfeersuchen&objektId=${id}&proSeite=500`)).json();
    const aktionenP = p.eintraege.map((e: { aktion: string; benutzername: string }) => `${e.benutzername}:${e.aktion}`);
    expect(aktionenP).toEqual(expect.arrayContaining(['prignitz:anlegen', 'prignitz:uebergang', 'prignitz:lesen']));
    expect(aktionenP.some((a: string) => a.startsWith('cottbus:'))).toBe(false);
    expect(p.eintraege.find((e: { aktion: string }) => e.aktion === 'lesen').personId).toBe(personId);
    const senden = p.eintraege.find((e: { aktion: string }) => e.aktion === 'uebergang');
    expect(senden.details).toMatchObject({ aktion: 'senden', vorher: 'Entwurf', nachher: 'Gesendet', daten: ['gesamtplanziele'] });

    const c = (await datenschutzCottbus.get(`/api/v1/protokoll?objektArt=amtshilfeersuchen&proSeite=500`)).json();
    const eigene = c.eintraege.filter((e: { objektId: string | null }) => e.objektId === id);
    expect(eigene.map((e: { benutzername: string; aktion: string }) => `${e.benutzername}:${e.aktion}`)).toEqual(
      expect.arrayContaining(['cottbus:lesen', 'cottbus:uebergang']),
    );
    // Der ersuchte Träger kennt die Person nicht, also auch nicht ihre Kennung.
    for (const e of eigene) expect(e.personId).toBeNull();
    expect(c.eintraege.map((e: { aktion: string }) => e.aktion)).toContain('auflisten');
  });
});
