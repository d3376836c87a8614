// Briefe und Dokumente über die API – gegen PGlite und PostgreSQL: erzeugen, speichern,
// auflisten, herunterladen; die Anmeldung eines Erstattungsanspruchs setzt die Geltendmachung
// (§ 111 SGB X) und lässt die Fristen neu berechnen; ein unbeteiligter Träger bekommt 404; die
// XRechnung einer Pauschale liest sich zurück und fehlende Stammdaten werden alle gemeldet.
import { datumText, euro } from '@egh/briefe';
import { fliesstext, pdfText } from '@egh/briefe/pruefhilfen';
import { datum, leitwegPruefziffer } from '@egh/recht';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legeBenutzerAn } from './anwendungsfaelle/benutzer.ts';
import { heute } from './anwendungsfaelle/gemeinsam.ts';
import { type Client, type Umgebung, baueUmgebung, testDb } from './test/umgebung.ts';

let u: Umgebung;
let schwaben: Client;
let mittelfranken: Client;
let prignitz: Client;
let cottbus: Client;
let betrieb: Client;
let oberbayern: Client;
let adminSchwaben: Client;

const ea = '/api/v1/erstattungsansprueche';
const ah = '/api/v1/amtshilfeersuchen';

interface Dokumentinfo {
  id: string;
  vorlage: string;
  dateiname: string;
  mimeType: string;
  parteien: string[];
  bezugId: string;
  groesse: number;
}

async function etag(c: Client, url: string): Promise<string> {
  return String((await c.get(url)).headers.etag);
}

/** Tage nach heute (Vorschlag für den Eingang eines Briefs: Post + 3 Tage). */
const inTagen = (n: number) => datum.isoDatum(datum.plusTage(datum.datum(heute()), n));

/** Brief erzeugen (201) und die Metadaten des Dokuments zurückgeben. */
async function brief(
  c: Client,
  url: string,
  vorlage: string,
  kopf: Record<string, string> = {},
  angaben: Record<string, unknown> = {},
): Promise<Dokumentinfo> {
  const r = await c.post(`${url}/briefe`, { vorlage, ...angaben }, kopf);
  expect(r.statusCode, r.body).toBe(201);
  const d = r.json<Dokumentinfo>();
  expect(r.headers.location).toBe(`/api/v1/dokumente/${d.id}`);
  return d;
}

/** Ein Dokument herunterladen und seinen Text lesen. */
async function lies(c: Client, id: string): Promise<{ text: string; disposition: string }> {
  const r = await c.get(`/api/v1/dokumente/${id}`);
  expect(r.statusCode, r.body.slice(0, 200)).toBe(200);
  expect(r.headers['content-type']).toBe('application/pdf');
  expect(r.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  const t = await pdfText(new Uint8Array(r.rawPayload));
  return { text: fliesstext(t.text), disposition: String(r.headers['content-disposition']) };
}

interface Vorlagenstand {
  vorlage: string;
  name: string;
  moeglich: boolean;
  grund: string | null;
  wirkung: string | null;
  aendertDatensatz: boolean;
  fehlendeStammdaten: { pfad: string; meldung: string }[];
  brauchtEingang: boolean;
  zeitraeume: { id: string; von: string; bis: string; betragCent: number; fristEnde: string | null }[];
  zweitschrift: boolean;
}
interface Vorlagen {
  eintraege: Vorlagenstand[];
  xrechnung?: { moeglich: boolean; grund: string | null; fehlendeStammdaten: { pfad: string; meldung: string }[] };
}

/**
 * Die Vorlagen, die `c` zu einem Datensatz angeboten bekommt – und die Probe: Jede nicht mögliche
 * Vorlage lehnt POST …/briefe mit genau dem genannten Grund ab (die Oberfläche bietet nichts an, was
 * der Server verweigert). Gibt die Namen der möglichen Vorlagen und die ganze Antwort zurück.
 */
async function vorlagenVon(c: Client, url: string): Promise<{ moeglich: string[]; v: Vorlagen }> {
  const r = await c.get(`${url}/vorlagen`);
  expect(r.statusCode, r.body).toBe(200);
  const v = r.json<Vorlagen>();
  for (const x of v.eintraege.filter((y) => !y.moeglich)) {
    const p = await c.post(`${url}/briefe`, { vorlage: x.vorlage });
    expect([403, 409, 422], `${x.vorlage}: ${p.body}`).toContain(p.statusCode);
    expect(p.json().detail).toBe(x.grund);
    expect(p.json().fehler ?? []).toEqual(x.fehlendeStammdaten);
    expect(x.wirkung).toBeNull();
  }
  return { moeglich: v.eintraege.filter((y) => y.moeglich).map((y) => y.vorlage), v };
}

async function demoErsuchen(): Promise<string> {
  const l = (await prignitz.get(`${ah}?richtung=ausgang&suche=PR-50-2021-0042`)).json<{ eintraege: { id: string }[] }>();
  const id = l.eintraege[0]?.id;
  if (!id) throw new Error('Demo-Ersuchen fehlt');
  return id;
}

async function amtshilfeAktion(c: Client, id: string, aktion: string, body: Record<string, unknown> = {}) {
  const r = await c.post(`${ah}/${id}/${aktion}`, body, { 'if-match': await etag(c, `${ah}/${id}`) });
  expect(r.statusCode, r.body).toBe(200);
}

const lebensbereiche = Object.fromEntries(
  [
    'lernenUndWissensanwendung',
    'allgemeineAufgabenUndAnforderungen',
    'kommunikation',
    'mobilitaet',
    'selbstversorgung',
    'haeuslichesLeben',
    'interpersonelleInteraktionenUndBeziehungen',
    'bedeutendeLebensbereiche',
    'gemeinschaftsSozialesUndStaatsbuergerlichesLeben',
  ].map((b) => [b, `Bericht zu ${b}.`]),
);

beforeAll(async () => {
  u = await baueUmgebung();
  await legeBenutzerAn(u.datenbank.db, {
    benutzername: 'oberbayern',
    name: 'Unbeteiligt (Kostenerstattung, Bezirk Oberbayern)',
    traegerId: 'bezirk-oberbayern',
    rollen: ['kostenerstattung', 'sachbearbeitung'],
    passwort: 'demo',
    demoKonto: true,
  });
  [schwaben, mittelfranken, prignitz, cottbus, betrieb, oberbayern, adminSchwaben] = await Promise.all([
    u.als('schwaben'),
    u.als('mittelfranken'),
    u.als('prignitz'),
    u.als('cottbus'),
    u.als('betrieb'),
    u.als('oberbayern'),
    u.als('admin.schwaben'),
  ]);
}, 120_000);
afterAll(async () => u?.schliessen());

describe(`Briefe und Dokumente (${testDb})`, () => {
  let anspruchId: string;
  let anmeldungId: string;

  it('der Brief „Anmeldung eines Erstattungsanspruchs“ setzt die Geltendmachung (§ 111 SGB X) und lässt die Fristen neu berechnen', async () => {
    const l = (await schwaben.get(`${ea}?richtung=ausgehend&status=Entwurf`)).json<{ eintraege: { id: string; aktenzeichen: string }[] }>();
    const entwurf = l.eintraege.find((x) => x.aktenzeichen.endsWith('-0420'));
    expect(entwurf).toBeDefined();
    anspruchId = entwurf?.id ?? '';
    const vorher = (await schwaben.get(`${ea}/${anspruchId}`)).json();
    expect(vorher.status).toBe('Entwurf');
    expect(vorher.geltendmachung).toBeNull();
    expect(vorher.leistungszeitraeume.every((z: { gewahrt: boolean | null }) => z.gewahrt === null)).toBe(true);

    // Angeboten wird nur die Anmeldung, mit ihrer Wirkung; Bezifferung und Erinnerung mit dem Grund, warum nicht.
    const { moeglich, v } = await vorlagenVon(schwaben, `${ea}/${anspruchId}`);
    expect(moeglich).toEqual(['anmeldung']);
    const anmeldung = v.eintraege.find((x) => x.vorlage === 'anmeldung');
    expect(anmeldung?.wirkung).toContain('geltend gemacht an dem Tag, an dem das Schreiben beim verpflichteten Träger eingeht');
    expect(anmeldung?.brauchtEingang).toBe(true);
    expect(anmeldung?.zweitschrift).toBe(false);
    expect(anmeldung?.zeitraeume.map((z) => z.von)).toEqual(vorher.leistungszeitraeume.map((z: { von: string }) => z.von));
    expect(v.eintraege.find((x) => x.vorlage === 'anmeldung')?.wirkung).toContain('§ 111 SGB X');
    expect(v.eintraege.find((x) => x.vorlage === 'anmeldung')?.aendertDatensatz).toBe(true);
    expect(v.eintraege.find((x) => x.vorlage === 'bezifferung')?.grund).toBe(
      'Beziffert wird ein angemeldeter Anspruch; Status ist „Entwurf“.',
    );
    expect((await mittelfranken.get(`${ea}/${anspruchId}/vorlagen`)).statusCode).toBe(404);
    expect((await schwaben.get(`${ea}/${anspruchId}`)).json().version).toBe(vorher.version);

    // Ohne den Tag des Eingangs beim Verpflichteten gibt es keine Anmeldung – nie stillschweigend „heute“.
    const ohneEingang = await schwaben.post(`${ea}/${anspruchId}/briefe`, { vorlage: 'anmeldung' });
    expect(ohneEingang.statusCode).toBe(400);
    expect(ohneEingang.json().fehler[0].pfad).toBe('/geltendmachung');
    expect(ohneEingang.json().fehler[0].meldung).toContain('Zugang beim Empfänger');
    const zuFrueh = await schwaben.post(`${ea}/${anspruchId}/briefe`, { vorlage: 'anmeldung', geltendmachung: inTagen(-1) });
    expect(zuFrueh.json().fehler[0].meldung).toContain(`Der ${datumText(inTagen(-1))} liegt vor dem Tag des Schreibens`);

    // Die Vorschau setzt den Brief (nur der gewählte Zeitraum, Betrag dafür vom Regelwerk) und ändert nichts.
    const ersterZeitraum = anmeldung?.zeitraeume[0];
    const vorschau = await schwaben.post(`${ea}/${anspruchId}/briefe/vorschau`, {
      vorlage: 'anmeldung',
      geltendmachung: inTagen(3),
      zeitraeume: [ersterZeitraum?.id],
      freitext: 'Die Unterlagen reichen wir nach.',
    });
    expect(vorschau.statusCode, vorschau.body.slice(0, 300)).toBe(200);
    expect(vorschau.headers['content-type']).toBe('application/pdf');
    const vt = fliesstext((await pdfText(new Uint8Array(vorschau.rawPayload))).text);
    expect(vt).toContain(`${datumText(ersterZeitraum?.von)} – ${datumText(ersterZeitraum?.bis)}`);
    for (const z of anmeldung?.zeitraeume.slice(1) ?? []) expect(vt).not.toContain(`${datumText(z.von)} – ${datumText(z.bis)}`);
    expect(vt).toContain('Die Unterlagen reichen wir nach. Mit freundlichen Grüßen');
    expect(vt).not.toContain(euro(vorher.forderungCent));
    const unveraendert = (await schwaben.get(`${ea}/${anspruchId}`)).json();
    expect([unveraendert.status, unveraendert.version, unveraendert.geltendmachung]).toEqual(['Entwurf', vorher.version, null]);
    expect((await schwaben.get(`${ea}/${anspruchId}/dokumente`)).json().gesamt).toBe(0);

    // Mit der Post: Eingang drei Tage nach dem Schreiben – das ist der Tag der Geltendmachung.
    const d = await brief(
      schwaben,
      `${ea}/${anspruchId}`,
      'anmeldung',
      { 'if-match': `"${vorher.version}"` },
      { geltendmachung: inTagen(3), zeitraeume: anmeldung?.zeitraeume.map((z) => z.id) },
    );
    anmeldungId = d.id;
    expect(d).toMatchObject({ vorlage: 'anmeldung', mimeType: 'application/pdf', bezugId: anspruchId });
    expect(d.parteien.sort()).toEqual(['bezirk-mittelfranken', 'bezirk-schwaben']);

    const nachher = (await schwaben.get(`${ea}/${anspruchId}`)).json();
    expect(nachher.status).toBe('Angemeldet');
    expect(nachher.geltendmachung).toBe(inTagen(3));
    expect(nachher.version).toBeGreaterThan(vorher.version);
    // Die Prüfung erstattungsfristen lief mit der Geltendmachung: jeder Zeitraum ist jetzt entschieden.
    expect(nachher.fristenpruefung.eingabe.geltendmachung).toBe(inTagen(3));
    expect(nachher.leistungszeitraeume.every((z: { gewahrt: boolean | null }) => z.gewahrt !== null)).toBe(true);
    const protokoll = (
      await u.datenbank.roh<{ details: { aktion?: string } }>(
        `select details from protokoll where objekt_id = $1 and aktion = 'uebergang'`,
        [anspruchId],
      )
    ).map((z) => z.details.aktion);
    expect(protokoll).toContain('anmelden');

    // Der Brief macht geltend, was gewählt ist: Zeiträume, Betrag, Normen der Anspruchsgrundlage – ohne
    // unsere eigene Einschätzung der Fristen.
    const { text, disposition } = await lies(schwaben, d.id);
    expect(disposition).toMatch(/^attachment; filename="anmeldung_S-KE-\d{4}-0420_\d{4}-\d{2}-\d{2}\.pdf"/);
    expect(text).toContain('Bezirk Mittelfranken');
    expect(text).toContain(nachher.aktenzeichen);
    expect(text).toContain('machen ihn nach § 111 SGB X geltend');
    expect(text).toContain(euro(nachher.forderungCent));
    for (const z of nachher.leistungszeitraeume as { von: string; bis: string }[])
      expect(text).toContain(`${datumText(z.von)} – ${datumText(z.bis)}`);
    expect(text).not.toMatch(/versäumt|(?<!nicht )ausgeschlossen|vernichtet|Zweitschrift/);
    for (const s of nachher.rechtsgrundlage.begruendung as { norm: string }[]) expect(text).toContain(s.norm);
  });

  it('der verpflichtete Träger sieht und lädt den Brief; ein unbeteiligter Träger bekommt 404', async () => {
    const liste = (await mittelfranken.get(`${ea}/${anspruchId}/dokumente`)).json<{ eintraege: Dokumentinfo[] }>();
    expect(liste.eintraege.map((x) => x.id)).toContain(anmeldungId);
    expect(JSON.stringify(liste)).not.toContain('inhalt');
    expect((await lies(mittelfranken, anmeldungId)).text).toContain('Anmeldung eines Erstattungsanspruchs');

    for (const r of [
      await oberbayern.get(`/api/v1/dokumente/${anmeldungId}`),
      await oberbayern.get(`${ea}/${anspruchId}/dokumente`),
      await oberbayern.post(`${ea}/${anspruchId}/briefe`, { vorlage: 'erinnerung' }),
      await betrieb.get(`/api/v1/dokumente/${anmeldungId}`),
    ]) {
      expect([403, 404], r.body).toContain(r.statusCode);
      expect(r.body).not.toContain('%PDF');
      expect(r.body).not.toContain('S-KE-');
    }
    expect((await oberbayern.get(`/api/v1/dokumente/${anmeldungId}`)).statusCode).toBe(404);
    expect((await oberbayern.get(`${ea}/${anspruchId}/vorlagen`)).statusCode).toBe(404);
    expect((await betrieb.get(`${ea}/${anspruchId}/vorlagen`)).statusCode).toBe(403);

    // Der Verpflichtete bekommt keine Vorlage angeboten, jede mit dem Grund.
    const { moeglich, v } = await vorlagenVon(mittelfranken, `${ea}/${anspruchId}`);
    expect(moeglich).toEqual([]);
    expect(v.eintraege.map((x) => x.grund)).toContain('Den Brief „Anmeldung eines Erstattungsanspruchs“ schreibt der Anspruchsteller.');
  });

  it('der Seed-Anspruch in der Klage: die Anmeldung nur als Zweitschrift mit ihrem Datum, Bezifferung und Erinnerung mit Grund', async () => {
    const l = (await schwaben.get(`${ea}?suche=S-KE-2013-0815`)).json<{ eintraege: { id: string }[] }>();
    const url = `${ea}/${l.eintraege[0]?.id}`;
    const vorher = (await schwaben.get(url)).json();
    expect(vorher.status).toBe('Klage');
    const { moeglich, v } = await vorlagenVon(schwaben, url);
    expect(moeglich).toEqual(['anmeldung']);
    expect(v.eintraege[0]?.wirkung).toBe(
      'Zweitschrift: Der Anspruch ist seit 13.09.2013 geltend gemacht (§ 111 SGB X); der Brief ändert am Anspruch nichts.',
    );
    expect(v.eintraege[0]?.aendertDatensatz).toBe(false);
    expect(v.eintraege[0]?.zweitschrift).toBe(true);
    expect(v.eintraege[0]?.brauchtEingang).toBe(false);
    expect(v.eintraege.find((x) => x.vorlage === 'erinnerung')?.grund).toContain('Status ist „Klage“');
    const d = await brief(schwaben, url, 'anmeldung');
    const t = (await lies(schwaben, d.id)).text;
    expect(t).toContain('Zweitschrift');
    expect(t).not.toMatch(/versäumt|(?<!nicht )ausgeschlossen|vernichtet/);
    const nachher = (await schwaben.get(url)).json();
    expect(nachher.version).toBe(vorher.version);
    expect(nachher.geltendmachung).toBe('2013-09-13');
  });

  it('eine zweite Anmeldung ändert den Anspruch nicht; den Brief schreibt nur der Anspruchsteller', async () => {
    const vorher = (await schwaben.get(`${ea}/${anspruchId}`)).json();
    await brief(schwaben, `${ea}/${anspruchId}`, 'anmeldung');
    const nachher = (await schwaben.get(`${ea}/${anspruchId}`)).json();
    expect(nachher.version).toBe(vorher.version);
    expect(nachher.geltendmachung).toBe(vorher.geltendmachung);
    const fremd = await mittelfranken.post(`${ea}/${anspruchId}/briefe`, { vorlage: 'anmeldung' });
    expect(fremd.statusCode).toBe(403);
    const falsch = await schwaben.post(`${ea}/${anspruchId}/briefe`, { vorlage: 'kostenanforderung' });
    expect(falsch.statusCode).toBe(400);
    expect(falsch.json().fehler[0].pfad).toBe('/vorlage');
  });

  it('Bezifferung: der Brief führt „beziffern“ aus und druckt die Aufstellung; die Erinnerung verschweigt die eigene Verjährung', async () => {
    const { moeglich, v } = await vorlagenVon(schwaben, `${ea}/${anspruchId}`);
    expect(moeglich).toEqual(['anmeldung', 'bezifferung', 'erinnerung']);
    expect(v.eintraege.find((x) => x.vorlage === 'bezifferung')?.wirkung).toContain('Status „Beziffert“');
    const d = await brief(schwaben, `${ea}/${anspruchId}`, 'bezifferung');
    const a = (await schwaben.get(`${ea}/${anspruchId}`)).json();
    expect(a.status).toBe('Beziffert');
    expect(a.bezifferungAm).toBe(heute());
    const { text } = await lies(schwaben, d.id);
    expect(text).toContain(`Bezifferung des Erstattungsanspruchs – ${euro(a.forderungCent)}`);
    expect(text).toContain(`Erstattungsbetrag ${euro(a.rechtsgrundlage.ergebnis.erstattungCent)}`);
    expect(text).toContain(`Verwaltungskostenpauschale ${euro(a.rechtsgrundlage.ergebnis.verwaltungskostenpauschaleCent)}`);

    const e = await brief(schwaben, `${ea}/${anspruchId}`, 'erinnerung');
    const erinnerung = await lies(schwaben, e.id);
    // Wann unser Anspruch verjährt, ist unsere Sache – nicht die des Schuldners.
    expect(erinnerung.text).toContain('wir erinnern an unseren Erstattungsanspruch');
    expect(erinnerung.text).not.toContain('Verjährung');

    const liste = (await schwaben.get(`${ea}/${anspruchId}/dokumente`)).json<{ eintraege: Dokumentinfo[]; gesamt: number }>();
    expect(liste.eintraege.map((x) => x.vorlage)).toEqual(['erinnerung', 'bezifferung', 'anmeldung', 'anmeldung']);
  });

  it('mit Idempotency-Key entsteht ein Brief nur einmal', async () => {
    const kopf = { 'idempotency-key': 'brief-erinnerung-1' };
    const a = await schwaben.post(`${ea}/${anspruchId}/briefe`, { vorlage: 'erinnerung' }, kopf);
    const b = await schwaben.post(`${ea}/${anspruchId}/briefe`, { vorlage: 'erinnerung' }, kopf);
    expect(a.statusCode).toBe(201);
    expect(b.json().id).toBe(a.json().id);
    expect(b.headers['idempotent-replayed']).toBe('true');
  });

  it('Unterschrift: der Träger wählt in den Stammdaten Raum für die Unterschrift oder den Hinweis auf die maschinelle Erstellung – jeder Brief folgt', async () => {
    const traegerUrl = '/api/v1/traeger/bezirk-schwaben';
    expect((await schwaben.get(traegerUrl)).json().ohneUnterschrift).toBe(false);
    const maschinell = 'Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.';
    // Voreinstellung: Raum für die Unterschrift zwischen „Im Auftrag“ und dem Namen, kein Hinweis.
    const mit = await lies(schwaben, (await brief(schwaben, `${ea}/${anspruchId}`, 'erinnerung')).id);
    expect(mit.text).toMatch(/Mit freundlichen Grüßen Im Auftrag \S+/);
    expect(mit.text).not.toContain(maschinell);
    // Die Sachbearbeitung ändert die Einstellung nicht, der einzelne Brief auch nicht.
    expect(
      (await schwaben.patch(traegerUrl, { ohneUnterschrift: true }, { 'if-match': await etag(schwaben, traegerUrl) })).statusCode,
    ).toBe(403);
    const jeBrief = await schwaben.post(`${ea}/${anspruchId}/briefe`, { vorlage: 'erinnerung', ohneUnterschrift: true });
    expect(jeBrief.statusCode).toBe(400);
    // Die Administration des Trägers stellt um – Erinnerung, Anmeldung (Zweitschrift) und Vorschau tragen den Hinweis.
    const falsch = await adminSchwaben.patch(traegerUrl, { ohneUnterschrift: 'ja' }, { 'if-match': await etag(adminSchwaben, traegerUrl) });
    expect(falsch.statusCode).toBe(400);
    expect(falsch.json().fehler[0].pfad).toBe('/ohneUnterschrift');
    const r = await adminSchwaben.patch(traegerUrl, { ohneUnterschrift: true }, { 'if-match': await etag(adminSchwaben, traegerUrl) });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().ohneUnterschrift).toBe(true);
    for (const vorlage of ['erinnerung', 'anmeldung']) {
      const t = await lies(schwaben, (await brief(schwaben, `${ea}/${anspruchId}`, vorlage)).id);
      expect(t.text, vorlage).toContain(`Mit freundlichen Grüßen Im Auftrag Anna Huber ${maschinell}`);
    }
    const vorschau = await schwaben.post(`${ea}/${anspruchId}/briefe/vorschau`, { vorlage: 'erinnerung' });
    expect(fliesstext((await pdfText(new Uint8Array(vorschau.rawPayload))).text)).toContain(maschinell);
    // Die Änderung steht im Protokoll mit deutschem Feldnamen.
    const datenschutz = await u.als('datenschutz.schwaben');
    const p = await datenschutz.get('/api/v1/protokoll?objektArt=traeger&objektId=bezirk-schwaben');
    expect(p.statusCode, p.body).toBe(200);
    expect(p.json().eintraege[0].darstellung.einzelheiten).toEqual([{ feld: 'Geänderte Angaben', wert: 'Schreiben ohne Unterschrift' }]);
    const zurueck = await adminSchwaben.patch(
      traegerUrl,
      { ohneUnterschrift: false },
      { 'if-match': await etag(adminSchwaben, traegerUrl) },
    );
    expect(zurueck.statusCode).toBe(200);
    expect((await lies(schwaben, (await brief(schwaben, `${ea}/${anspruchId}`, 'erinnerung')).id)).text).not.toContain(maschinell);
  });

  let ersuchenId: string;

  it('Amtshilfe: Ersuchen, Zusage und Kostenanforderung als Briefe der richtigen Seite, sichtbar für beide Parteien', async () => {
    ersuchenId = await demoErsuchen();
    const setze = async (id: string, body: Record<string, unknown>) => {
      const r = await betrieb.patch(`/api/v1/traeger/${id}`, body, { 'if-match': await etag(betrieb, `/api/v1/traeger/${id}`) });
      expect(r.statusCode, r.body).toBe(200);
    };
    // Die Demo-Daten sind vollständig; hier fehlen zunächst Anschriften und IBAN.
    for (const id of ['12070', '12052']) await setze(id, { anschrift: {}, iban: null });
    // Jede Seite bekommt nur ihre Briefe angeboten; die XRechnung erst nach der Abrechnung, nur dem ersuchten Träger.
    const p = await vorlagenVon(prignitz, `${ah}/${ersuchenId}`);
    // Ohne die Anschriften der Amtshilfe-Träger: Ersuchen und Erinnerung erst danach.
    expect(p.moeglich).toEqual([]);
    expect(p.v.xrechnung).toEqual({
      moeglich: false,
      grund: 'Die XRechnung stellt der ersuchte Träger aus (Rechnungssteller).',
      fehlendeStammdaten: [],
    });
    const c = await vorlagenVon(cottbus, `${ah}/${ersuchenId}`);
    expect(c.moeglich).toEqual([]);
    expect(c.v.xrechnung?.moeglich).toBe(false);
    expect(c.v.xrechnung?.grund).toContain('erst nach der Abrechnung');
    const vorAbrechnung = await cottbus.post(`${ah}/${ersuchenId}/xrechnung`);
    expect(vorAbrechnung.statusCode).toBe(409);
    expect(vorAbrechnung.json().detail).toBe(c.v.xrechnung?.grund);
    expect((await schwaben.get(`${ah}/${ersuchenId}/vorlagen`)).statusCode).toBe(404);

    // Ohne Anschriften kein Brief: jede fehlende Angabe als Feld des Trägers, vorher angezeigt.
    const ohneAnschrift = p.v.eintraege.find((x) => x.vorlage === 'ersuchen');
    expect(ohneAnschrift?.fehlendeStammdaten.map((f) => f.pfad)).toEqual([
      '/traeger/12070/anschrift/strasse',
      '/traeger/12070/anschrift/plz',
      '/traeger/12070/anschrift/ort',
      '/traeger/12052/anschrift/strasse',
      '/traeger/12052/anschrift/plz',
      '/traeger/12052/anschrift/ort',
    ]);
    expect(ohneAnschrift?.fehlendeStammdaten[0]?.meldung).toBe(
      'Anschrift des Absenders (Landkreis Prignitz): Straße und Hausnummer fehlen.',
    );
    await setze('12070', { anschrift: { strasse: 'Berliner Straße 49', plz: '19348', ort: 'Perleberg' } });
    await setze('12052', { anschrift: { strasse: 'Neumarkt 5', plz: '03046', ort: 'Cottbus' }, iban: 'DE89370400440532013000' });
    expect((await vorlagenVon(prignitz, `${ah}/${ersuchenId}`)).moeglich).toEqual(['ersuchen', 'erinnerung']);
    const ersuchen = await brief(prignitz, `${ah}/${ersuchenId}`, 'ersuchen');
    expect(ersuchen.parteien.sort()).toEqual(['12052', '12070']);
    const t = await lies(cottbus, ersuchen.id);
    expect(t.text).toContain('Ersuchen um Amtshilfe nach § 3 SGB X – Gesamtplanung');
    expect(t.text).toContain('§ 69 Abs. 1 Nr. 1 SGB X');

    const zuFrueh = await cottbus.post(`${ah}/${ersuchenId}/briefe`, { vorlage: 'antwort' });
    expect(zuFrueh.statusCode).toBe(409);
    expect((await prignitz.post(`${ah}/${ersuchenId}/briefe`, { vorlage: 'kostenanforderung' })).statusCode).toBe(403);

    await amtshilfeAktion(cottbus, ersuchenId, 'annehmen');
    const zusage = await lies(prignitz, (await brief(cottbus, `${ah}/${ersuchenId}`, 'antwort')).id);
    expect(zusage.text).toContain('Zusage der Amtshilfe');
    await amtshilfeAktion(cottbus, ersuchenId, 'berichten', {
      bericht: { lebensbereiche, wuensche: 'Eigene Wohnung.', vorschlaege: 'Weiter wie bisher.' },
    });
    await amtshilfeAktion(cottbus, ersuchenId, 'abrechnen');
    const e = (await cottbus.get(`${ah}/${ersuchenId}`)).json();
    expect(e.status).toBe('Abgerechnet');
    expect((await vorlagenVon(cottbus, `${ah}/${ersuchenId}`)).moeglich).toEqual(['antwort', 'kostenanforderung', 'erinnerung']);
    expect((await vorlagenVon(prignitz, `${ah}/${ersuchenId}`)).moeglich).toEqual(['ersuchen']);
    const kosten = await lies(prignitz, (await brief(cottbus, `${ah}/${ersuchenId}`, 'kostenanforderung')).id);
    expect(kosten.text).toContain(`Kostenanforderung für Amtshilfe – Pauschale ${euro(e.abrechnung.erstattungCent)}`);
    expect(kosten.text).toContain(`Zahlbar bis ${datumText(inTagen(30))}`);
    expect(kosten.text).toMatch(/Kassenzeichen AH-[0-9A-F]{12}/);
    expect(kosten.text).toContain('IBAN DE89 3704 0044 0532 0130 00');
    // Eine zweite Kostenanforderung ist eine Zweitschrift.
    expect(
      (await vorlagenVon(cottbus, `${ah}/${ersuchenId}`)).v.eintraege.find((x) => x.vorlage === 'kostenanforderung')?.zweitschrift,
    ).toBe(true);
    for (const s of e.pruefung.begruendung as { norm: string }[]) expect(kosten.text).toContain(s.norm);
    await brief(cottbus, `${ah}/${ersuchenId}`, 'erinnerung');

    const liste = (await prignitz.get(`${ah}/${ersuchenId}/dokumente`)).json<{ eintraege: Dokumentinfo[] }>();
    expect(liste.eintraege.map((x) => x.vorlage)).toEqual(['erinnerung', 'kostenanforderung', 'antwort', 'ersuchen']);
    const unbeteiligt = await schwaben.get(`${ah}/${ersuchenId}/dokumente`);
    expect(unbeteiligt.statusCode).toBe(404);
    expect((await schwaben.get(`/api/v1/dokumente/${ersuchen.id}`)).statusCode).toBe(404);
  });

  it('ein neues Ersuchen mit einem Termin, der schon vorbei ist, wird nicht als Brief gesetzt – die Oberfläche sagt vorher, warum', async () => {
    const demo = (await prignitz.get(`${ah}/${ersuchenId}`)).json<{ fallId: string }>();
    const neu = await prignitz.post(ah, {
      fallId: demo.fallId,
      ersuchterId: '12052',
      aufgabe: 'hausbesuch',
      fragen: 'Bitte Hausbesuch.',
      gewuenschtBis: inTagen(-1),
      daten: [],
    });
    expect(neu.statusCode, neu.body).toBe(201);
    const id = neu.json<{ id: string }>().id;
    const { v } = await vorlagenVon(prignitz, `${ah}/${id}`);
    const grund = v.eintraege.find((x) => x.vorlage === 'ersuchen')?.grund;
    expect(grund).toBe(
      `Das Ersuchen bittet um Erledigung bis zum ${datumText(inTagen(-1))}; dieser Tag ist vorbei. Bitte tragen Sie im Ersuchen einen neuen Termin ein (gewünscht bis).`,
    );
    const r = await prignitz.patch(`${ah}/${id}`, { gewuenschtBis: inTagen(14) }, { 'if-match': await etag(prignitz, `${ah}/${id}`) });
    expect(r.statusCode, r.body).toBe(200);
    const t = await lies(prignitz, (await brief(prignitz, `${ah}/${id}`, 'ersuchen')).id);
    expect(t.text).toContain(`Wir bitten um Erledigung bis zum ${datumText(inTagen(14))}.`);
    expect(t.text).not.toContain('Zweitschrift');
  });

  /** Stammdaten eines Trägers ändern wie der Plattformbetrieb (PATCH mit If-Match). */
  const setze = async (id: string, body: Record<string, unknown>) => {
    const r = await betrieb.patch(`/api/v1/traeger/${id}`, body, { 'if-match': await etag(betrieb, `/api/v1/traeger/${id}`) });
    expect(r.statusCode, r.body).toBe(200);
  };

  it('XRechnung: fehlende Stammdaten werden alle als Felder gemeldet (422), und es entsteht keine Rechnung', async () => {
    // Die Demo-Daten sind vollständig; hier fehlt alles, was fehlen kann.
    for (const id of ['12070', '12052']) await setze(id, { leitwegId: null, iban: null, anschrift: {}, kontakt: {} });
    const vorher = (await cottbus.get(`${ah}/${ersuchenId}/dokumente`)).json<{ gesamt: number }>().gesamt;
    const r = await cottbus.post(`${ah}/${ersuchenId}/xrechnung`, {}, { 'idempotency-key': 'xrechnung-unvollstaendig' });
    expect(r.statusCode).toBe(422);
    expect(r.headers['content-type']).toMatch(/problem\+json/);
    const p = r.json<{ type: string; detail: string; fehler: { pfad: string; meldung: string }[] }>();
    expect(p.type).toBe('urn:egh:problem:stammdaten-unvollstaendig');
    expect(p.fehler.map((f) => f.pfad)).toEqual([
      '/traeger/12070/leitwegId',
      '/traeger/12052/leitwegId',
      '/traeger/12052/iban',
      '/traeger/12052/anschrift/strasse',
      '/traeger/12052/anschrift/plz',
      '/traeger/12052/anschrift/ort',
      '/traeger/12052/kontakt/telefon',
      '/traeger/12052/kontakt/email',
      '/traeger/12070/anschrift/strasse',
      '/traeger/12070/anschrift/plz',
      '/traeger/12070/anschrift/ort',
    ]);
    expect(p.fehler[0]?.meldung).toContain('Leitweg-ID des Rechnungsempfängers (Landkreis Prignitz) fehlt');

    // Kein Dokument entsteht, und herunterzuladen gibt es nichts: GET erzeugt keine Rechnung.
    const liste = (await cottbus.get(`${ah}/${ersuchenId}/dokumente`)).json<{ eintraege: Dokumentinfo[]; gesamt: number }>();
    expect(liste.gesamt).toBe(vorher);
    expect(liste.eintraege.map((x) => x.mimeType)).not.toContain('application/xml');
    // Die Oberfläche erfährt das vorher: nicht möglich, mit denselben Feldern.
    const { v } = await vorlagenVon(cottbus, `${ah}/${ersuchenId}`);
    expect(v.xrechnung).toEqual({ moeglich: false, grund: p.detail, fehlendeStammdaten: p.fehler });
  });

  it('XRechnung: mit vollständigen Stammdaten liest sich die Rechnung der Pauschale zurück (Summe, Leitweg-ID als BT-10, Parteien)', async () => {
    const leitwegPrignitz = `12070000-${leitwegPruefziffer('12070000')}`;
    // Eine Leitweg-ID mit falscher Prüfziffer nimmt das Register nicht an.
    const falsch = await betrieb.patch(
      '/api/v1/traeger/12070',
      { leitwegId: '12-121096894459866-06' },
      {
        'if-match': await etag(betrieb, '/api/v1/traeger/12070'),
      },
    );
    expect(falsch.statusCode).toBe(400);
    await setze('12070', { leitwegId: leitwegPrignitz, anschrift: { strasse: 'Berliner Straße 49', plz: '19348', ort: 'Perleberg' } });
    await setze('12052', {
      leitwegId: `12052000-${leitwegPruefziffer('12052000')}`,
      iban: 'DE89370400440532013000',
      anschrift: { strasse: 'Neumarkt 5', plz: '03046', ort: 'Cottbus' },
      kontakt: { telefon: '0355 612-0', email: 'eingliederungshilfe@cottbus.de', ansprechpartner: 'Fachbereich Soziales' },
    });

    const e = (await cottbus.get(`${ah}/${ersuchenId}`)).json();
    // Herunterladen erzeugt keine Rechnung: vor dem Ablegen gibt es nichts (404 mit dem Weg dorthin).
    const nochNicht = await prignitz.get(`${ah}/${ersuchenId}/xrechnung`);
    expect(nochNicht.statusCode).toBe(404);
    expect(nochNicht.json().type).toBe('urn:egh:problem:xrechnung-nicht-abgelegt');
    expect(nochNicht.json().detail).toContain('noch keine XRechnung abgelegt');
    expect((await schwaben.get(`${ah}/${ersuchenId}/xrechnung`)).json().type).toBe('urn:egh:problem:nicht-gefunden');

    // Abgelegt: als Dokument des Ersuchens für beide Parteien, herunterladbar als XML mit demselben Inhalt.
    expect((await vorlagenVon(cottbus, `${ah}/${ersuchenId}`)).v.xrechnung).toEqual({
      moeglich: true,
      grund: null,
      fehlendeStammdaten: [],
    });
    const kopf = { 'idempotency-key': 'xrechnung-1' };
    const a = await cottbus.post(`${ah}/${ersuchenId}/xrechnung`, {}, kopf);
    expect(a.statusCode, a.body).toBe(201);
    const d = a.json<Dokumentinfo & { vorlageName: string }>();
    expect(a.headers.location).toBe(`/api/v1/dokumente/${d.id}`);
    expect(d).toMatchObject({ vorlage: 'xrechnung', vorlageName: 'XRechnung (UBL)', mimeType: 'application/xml', bezugId: ersuchenId });
    expect(d.dateiname).toMatch(/^xrechnung_AH-[0-9A-F]{12}_\d{4}-\d{2}-\d{2}\.xml$/);
    expect(d.parteien.sort()).toEqual(['12052', '12070']);
    const b = await cottbus.post(`${ah}/${ersuchenId}/xrechnung`, {}, kopf);
    expect(b.json().id).toBe(d.id);
    expect(b.headers['idempotent-replayed']).toBe('true');
    // Das Ablegen steht im Protokoll: wer welche Rechnung zu welchem Ersuchen angelegt hat.
    const zeilen = await u.datenbank.roh<{ traeger_id: string; details: Record<string, string> }>(
      `select traeger_id, details from protokoll where aktion = 'anlegen' and objekt_art = 'dokument' and objekt_id = $1`,
      [d.id],
    );
    expect(zeilen).toEqual([
      {
        traeger_id: '12052',
        details: { vorlage: 'xrechnung', bezugArt: 'amtshilfeersuchen', bezugId: ersuchenId, dateiname: d.dateiname },
      },
    ]);
    const liste = (await prignitz.get(`${ah}/${ersuchenId}/dokumente`)).json<{ eintraege: Dokumentinfo[] }>();
    expect(liste.eintraege.filter((x) => x.vorlage === 'xrechnung').map((x) => x.id)).toEqual([d.id]);

    // GET …/xrechnung liefert beiden Parteien die abgelegte Rechnung – dieselbe Datei wie das Dokument.
    const gespeichert = (await cottbus.get(`/api/v1/dokumente/${d.id}`)).body;
    for (const c of [cottbus, prignitz]) {
      const r = await c.get(`${ah}/${ersuchenId}/xrechnung`);
      expect(r.statusCode, r.body).toBe(200);
      expect(r.headers['content-type']).toBe('application/xml; charset=utf-8');
      expect(String(r.headers['content-disposition'])).toContain(`filename="${d.dateiname}"`);
      expect(r.body).toBe(gespeichert);
      const x = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, parseTagValue: false }).parse(r.body).Invoice;
      expect(x.BuyerReference).toBe(leitwegPrignitz);
      expect(x.AccountingCustomerParty.Party.EndpointID['#text']).toBe(leitwegPrignitz);
      expect(x.AccountingCustomerParty.Party.PartyLegalEntity.RegistrationName).toBe('Landkreis Prignitz');
      expect(x.AccountingSupplierParty.Party.PartyLegalEntity.RegistrationName).toBe('Stadt Cottbus');
      expect(x.AccountingSupplierParty.Party.Contact.ElectronicMail).toBe('eingliederungshilfe@cottbus.de');
      expect(x.PaymentMeans.PayeeFinancialAccount.ID).toBe('DE89370400440532013000');
      const summe = (e.abrechnung.erstattungCent / 100).toFixed(2);
      expect(x.LegalMonetaryTotal.PayableAmount['#text']).toBe(summe);
      expect(x.LegalMonetaryTotal.TaxExclusiveAmount['#text']).toBe(summe);
      expect(x.InvoiceLine.LineExtensionAmount['#text']).toBe(summe);
      expect(x.IssueDate).toBe(e.abrechnung.am);
    }
    expect((await schwaben.get(`${ah}/${ersuchenId}/xrechnung`)).statusCode).toBe(404);
    // Lesen legt nichts ab: weiterhin genau eine Rechnung beim Ersuchen.
    const danach = (await prignitz.get(`${ah}/${ersuchenId}/dokumente`)).json<{ eintraege: Dokumentinfo[] }>();
    expect(danach.eintraege.filter((x) => x.vorlage === 'xrechnung')).toHaveLength(1);
    const datei = await prignitz.get(`/api/v1/dokumente/${d.id}`);
    expect(datei.statusCode).toBe(200);
    expect(datei.headers['content-type']).toMatch(/^application\/xml/);
    expect(String(datei.headers['content-disposition'])).toContain(`filename="${d.dateiname}"`);
    const abgelegt = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, parseTagValue: false }).parse(datei.body).Invoice;
    expect(abgelegt.BuyerReference).toBe(leitwegPrignitz);
    expect(abgelegt.LegalMonetaryTotal.PayableAmount['#text']).toBe((e.abrechnung.erstattungCent / 100).toFixed(2));
    // Die Rechnung stellt der ersuchte Träger aus; ein Unbeteiligter erfährt nicht einmal, dass es das Ersuchen gibt.
    expect((await prignitz.post(`${ah}/${ersuchenId}/xrechnung`)).statusCode).toBe(403);
    expect((await schwaben.post(`${ah}/${ersuchenId}/xrechnung`)).statusCode).toBe(404);
    expect((await schwaben.get(`/api/v1/dokumente/${d.id}`)).statusCode).toBe(404);

    // Die Kostenanforderung nennt jetzt Leitweg-ID und IBAN aus den Stammdaten.
    const k = await lies(prignitz, (await brief(cottbus, `${ah}/${ersuchenId}`, 'kostenanforderung')).id);
    expect(k.text).toContain(`Ihre Leitweg-ID ${leitwegPrignitz}`);
    expect(k.text).toContain('IBAN DE89 3704 0044 0532 0130 00');
  });

  it('Vermerk Mehrkostenvergleich und Beitrittserklärung: nur der eigene Träger', async () => {
    const mk = (await cottbus.get('/api/v1/mehrkostenvergleiche')).json<{ eintraege: { id: string }[] }>().eintraege[0];
    expect((await vorlagenVon(cottbus, `/api/v1/mehrkostenvergleiche/${mk?.id}`)).moeglich).toEqual(['vermerkMehrkosten']);
    expect((await prignitz.get(`/api/v1/mehrkostenvergleiche/${mk?.id}/vorlagen`)).statusCode).toBe(404);
    const v = await brief(cottbus, `/api/v1/mehrkostenvergleiche/${mk?.id}`, 'vermerkMehrkosten');
    expect(v.parteien).toEqual(['12052']);
    const t = await lies(cottbus, v.id);
    expect(t.text).toContain('Vermerk zum Mehrkostenvergleich');
    expect(t.text).toContain('SG Freiburg');
    expect((await prignitz.post(`/api/v1/mehrkostenvergleiche/${mk?.id}/briefe`, { vorlage: 'vermerkMehrkosten' })).statusCode).toBe(404);
    expect((await prignitz.get(`/api/v1/dokumente/${v.id}`)).statusCode).toBe(404);

    const beitritte = (await adminSchwaben.get('/api/v1/beitritte?traeger=bezirk-schwaben')).json<{ id: string }[]>();
    expect((await vorlagenVon(adminSchwaben, `/api/v1/beitritte/${beitritte[0]?.id}`)).moeglich).toEqual(['beitrittserklaerung']);
    // Die Kostenerstattung sieht die Vorlage, schreibt die Erklärung aber nicht (Administration oder Leitung).
    const ke = await vorlagenVon(schwaben, `/api/v1/beitritte/${beitritte[0]?.id}`);
    expect(ke.moeglich).toEqual([]);
    expect(ke.v.eintraege[0]?.grund).toContain('administration oder leitung vorbehalten');
    expect((await mittelfranken.get(`/api/v1/beitritte/${beitritte[0]?.id}/vorlagen`)).statusCode).toBe(404);
    const b = await brief(adminSchwaben, `/api/v1/beitritte/${beitritte[0]?.id}`, 'beitrittserklaerung');
    const bt = await lies(adminSchwaben, b.id);
    expect(bt.text).toMatch(
      /hiermit erklärt der Bezirk Schwaben seinen Beitritt|wir bestätigen, dass der Bezirk Schwaben am \d{2}\.\d{2}\.\d{4} seinen Beitritt/,
    );
    expect(bt.text).toContain('BEISPIEL');
    expect((await mittelfranken.post(`/api/v1/beitritte/${beitritte[0]?.id}/briefe`, { vorlage: 'beitrittserklaerung' })).statusCode).toBe(
      404,
    );
  });

  it('§ 111 SGB X: ein in der Anmeldung nicht gewählter Zeitraum bleibt ungewahrt – seine Frist bleibt offen, die des gewählten ist erledigt', async () => {
    // Sozialhilfe: jeder Zeitraum ein eigener Leistungsfall mit eigener Frist (beide laufen noch).
    const neu = await schwaben.post(ea, {
      aktenzeichen: 'S-KE-2026-0111',
      verpflichteterId: 'bezirk-mittelfranken',
      leistungsrecht: 'sozialhilfe',
      rechtsgrundlage: {
        leistungsbeginn: inTagen(-70),
        verfahren: { zahlenderTraeger: 'zweiter', weitergeleitet: true, weiterleitungRechtzeitig: true },
        zahlender: { art: 'egh' },
        verpflichteter: { art: 'egh', insgesamtZustaendig: true },
      },
      leistungszeitraeume: [
        { von: inTagen(-70), bis: inTagen(-41), betragCent: 100000, rechnung: 'R-EINS' },
        { von: inTagen(-40), bis: inTagen(-11), betragCent: 120000, rechnung: 'R-ZWEI' },
      ],
      kenntnisEntscheidung: inTagen(-70),
    });
    expect(neu.statusCode, neu.body).toBe(201);
    const url = `${ea}/${neu.json().id}`;
    const [eins] = neu.json().leistungszeitraeume as { id: string }[];
    if (!eins) throw new Error('Zeitraum fehlt');
    await brief(
      schwaben,
      url,
      'anmeldung',
      { 'if-match': await etag(schwaben, url) },
      { geltendmachung: inTagen(0), zeitraeume: [eins.id] },
    );
    const a = (await schwaben.get(url)).json();
    // Der gewählte Zeitraum ist gewahrt, der andere nicht geltend gemacht: offen (seine Frist läuft noch).
    expect(a.leistungszeitraeume.map((z: { gewahrt: boolean | null }) => z.gewahrt)).toEqual([true, null]);
    const s111 = (a.fristen as { art: string; betragCent: number; erledigt: boolean }[]).filter((f) => f.art === 'S111');
    expect(s111.map((f) => [f.betragCent, f.erledigt])).toEqual([
      [100000, true],
      [120000, false],
    ]);
    expect(a.fristenpruefung.hinweise.map((h: { code: string }) => h.code)).toContain('ZEITRAEUME_NICHT_GELTEND_GEMACHT');
  });

  it('Anmeldung mit gewählten Zeiträumen: der Anspruch hält fest, welche geltend gemacht sind; Zweitschrift, Bezifferung und Erinnerung nennen nur diese', async () => {
    const neu = await schwaben.post(ea, {
      aktenzeichen: 'S-KE-2025-0777',
      verpflichteterId: 'bezirk-mittelfranken',
      rechtsgrundlage: {
        leistungsbeginn: '2025-01-01',
        verfahren: { zahlenderTraeger: 'zweiter', weitergeleitet: true, weiterleitungRechtzeitig: true },
        zahlender: { art: 'egh' },
        verpflichteter: { art: 'egh', insgesamtZustaendig: true },
      },
      leistungszeitraeume: [
        { von: '2025-01-01', bis: '2025-01-31', betragCent: 150000, rechnung: 'R-JANUAR' },
        { von: '2025-02-01', bis: '2025-02-28', betragCent: 170000, rechnung: 'R-FEBRUAR' },
      ],
      kenntnisEntscheidung: '2025-01-15',
    });
    expect(neu.statusCode, neu.body).toBe(201);
    const url = `${ea}/${neu.json().id}`;
    const [januar, februar] = neu.json().leistungszeitraeume as { id: string; von: string; bis: string }[];
    if (!januar || !februar) throw new Error('Zeiträume fehlen');
    const zeile = (z: { von: string; bis: string }) => `${datumText(z.von)} – ${datumText(z.bis)}`;

    // Geltend gemacht wird nur der Januar.
    await brief(
      schwaben,
      url,
      'anmeldung',
      { 'if-match': await etag(schwaben, url) },
      { geltendmachung: inTagen(0), zeitraeume: [januar.id] },
    );
    const a = (await schwaben.get(url)).json();
    expect(a.leistungszeitraeume.map((z: { von: string; nichtGeltendGemacht: boolean }) => [z.von, z.nichtGeltendGemacht])).toEqual([
      ['2025-01-01', false],
      ['2025-02-01', true],
    ]);
    // Der Verpflichtete sieht dasselbe am Anspruch.
    expect((await mittelfranken.get(url)).json().leistungszeitraeume[1].nichtGeltendGemacht).toBe(true);

    // Eine Zweitschrift nennt, was die Anmeldung nannte – wählen lässt sich nichts mehr.
    const { v } = await vorlagenVon(schwaben, url);
    expect(v.eintraege.find((x) => x.vorlage === 'anmeldung')?.zeitraeume).toEqual([]);
    const neuWaehlen = await schwaben.post(`${url}/briefe`, { vorlage: 'anmeldung', zeitraeume: [januar.id, februar.id] });
    expect(neuWaehlen.statusCode).toBe(400);
    expect(neuWaehlen.json().fehler[0]).toMatchObject({ pfad: '/zeitraeume' });
    expect(neuWaehlen.json().fehler[0].meldung).toContain(`Eine Zweitschrift wiederholt die Anmeldung vom ${datumText(inTagen(0))}`);
    const zweit = (await lies(schwaben, (await brief(schwaben, url, 'anmeldung')).id)).text;
    expect(zweit).toContain('Zweitschrift');
    expect(zweit).toContain(zeile(januar));
    expect(zweit).not.toContain(zeile(februar));

    // Bezifferung: nur der Januar, mit dem Betrag, den das Regelwerk für ihn entscheidet – nicht die Forderung für beide.
    const bez = (await lies(schwaben, (await brief(schwaben, url, 'bezifferung')).id)).text;
    expect(bez).toContain(zeile(januar));
    expect(bez).toContain('R-JANUAR');
    expect(bez).not.toContain(zeile(februar));
    expect(bez).not.toContain('R-FEBRUAR');
    expect(bez).not.toContain(euro(a.forderungCent));
    const betrag = /Bezifferung des Erstattungsanspruchs – ([\d.]+,\d\d €)/.exec(bez)?.[1];
    expect(betrag).toBeDefined();
    expect(bez).toContain(`Leistungsaufwendungen ${euro(150000)}`);
    expect(bez).toContain(`Erstattungsbetrag ${betrag}`);

    // Erinnerung: dieselben Zeiträume, derselbe Betrag.
    const eri = (await lies(schwaben, (await brief(schwaben, url, 'erinnerung')).id)).text;
    expect(eri).toContain(`Erinnerung: Erstattungsanspruch über ${betrag}`);
    expect(eri).toContain(`Geltend gemachte Leistungszeiträume`);
    expect(eri).toContain(zeile(januar));
    expect(eri).not.toContain(zeile(februar));

    // Wird die Liste der Zeiträume geändert, bleibt der Februar nicht geltend gemacht.
    const p = await schwaben.patch(
      url,
      {
        leistungszeitraeume: [
          { von: '2025-01-01', bis: '2025-01-31', betragCent: 150000, rechnung: 'R-JANUAR' },
          { von: '2025-02-01', bis: '2025-02-28', betragCent: 160000, rechnung: 'R-FEBRUAR-BERICHTIGT' },
        ],
      },
      { 'if-match': await etag(schwaben, url) },
    );
    expect(p.statusCode, p.body).toBe(200);
    expect(p.json().leistungszeitraeume.map((z: { nichtGeltendGemacht: boolean }) => z.nichtGeltendGemacht)).toEqual([false, true]);
  });
});
