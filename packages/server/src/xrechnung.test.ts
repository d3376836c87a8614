// Der Rundgang der README auf den Demo-Daten, bis zur XRechnung – gegen PGlite und PostgreSQL:
// `prignitz` ersucht `cottbus`; Cottbus nimmt an, berichtet, rechnet die Pauschale ab, erzeugt die
// Kostenanforderung und legt die XRechnung ab. Die heruntergeladene Rechnung besteht die amtliche
// Prüfung (UBL-2.1-XSD, EN 16931, XRechnung) ohne Fehler, ebenso die Auslagen-Rechnung eines
// Trägers ohne Beitritt zur Vereinbarung. Fehlen Stammdaten, nennt die Seite jede vorher.
import { type Pruefergebnis, bereiteXRechnungPruefungVor, pruefeXRechnung, verstoesseAlsText } from '@egh/briefe/xrechnung-pruefung';
import { datum } from '@egh/recht';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legeBenutzerAn } from './anwendungsfaelle/benutzer.ts';
import { heute } from './anwendungsfaelle/gemeinsam.ts';
import { demoStammdaten } from './demo-erweiterungen.ts';
import { type Client, type Umgebung, baueUmgebung, testDb } from './test/umgebung.ts';

let u: Umgebung;
let prignitz: Client;
let cottbus: Client;
let havelland: Client;
let betrieb: Client;

const ah = '/api/v1/amtshilfeersuchen';
const leser = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, parseTagValue: false });

const bericht = {
  lebensbereiche: Object.fromEntries(
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
    ].map((b) => [b, 'Im Gespräch am Wohnort erhoben.']),
  ),
  wuensche: 'Weiter in der eigenen Wohnung leben.',
  vorschlaege: 'Assistenzleistungen im bisherigen Umfang.',
};

interface Ersuchen {
  durchgefuehrtAm: string | null;
  abrechnung: { erstattungsart: string; erstattungCent: number } | null;
}

async function aktion(c: Client, id: string, was: string, body: Record<string, unknown> = {}): Promise<Ersuchen> {
  const r = await c.post(`${ah}/${id}/${was}`, body, { 'if-match': String((await c.get(`${ah}/${id}`)).headers.etag) });
  expect(r.statusCode, r.body).toBe(200);
  return r.json<Ersuchen>();
}

interface XRechnungStand {
  moeglich: boolean;
  grund: string | null;
  fehlendeStammdaten: { pfad: string; meldung: string }[];
}
const xrechnungStand = async (c: Client, id: string) =>
  (await c.get(`${ah}/${id}/vorlagen`)).json<{ xrechnung: XRechnungStand }>().xrechnung;

/** Legt die XRechnung als Dokument ab, lädt sie herunter und prüft sie mit den amtlichen Regeln. */
async function abgelegteXRechnung(c: Client, id: string): Promise<{ xml: string; pruefung: Pruefergebnis }> {
  const a = await c.post(`${ah}/${id}/xrechnung`, {}, { 'idempotency-key': `xrechnung-${id}` });
  expect(a.statusCode, a.body).toBe(201);
  const d = await c.get(`/api/v1/dokumente/${a.json().id}`);
  expect(d.statusCode).toBe(200);
  expect(d.headers['content-type']).toMatch(/^application\/xml/);
  return { xml: d.body, pruefung: await pruefeXRechnung(d.body) };
}

beforeAll(async () => {
  bereiteXRechnungPruefungVor();
  u = await baueUmgebung();
  // Landkreis Havelland ist der Vereinbarung nicht beigetreten: seine Amtshilfe kostet Auslagen.
  await legeBenutzerAn(u.datenbank.db, {
    benutzername: 'havelland',
    name: 'Petra Schulze (Sachbearbeitung, Landkreis Havelland)',
    traegerId: '12063',
    rollen: ['sachbearbeitung'],
    passwort: 'demo',
    // Ein Demo-Konto wie die übrigen: Passwort „demo“ ohne Passwortregeln und ohne Wechselpflicht.
    demoKonto: true,
  });
  [prignitz, cottbus, havelland] = await Promise.all([u.als('prignitz'), u.als('cottbus'), u.als('havelland')]);
  betrieb = await u.als('betrieb'); // mit zweitem Faktor: nacheinander, die Testuhr rückt vor
}, 240_000);
afterAll(async () => u?.schliessen());

describe(`XRechnung auf den Demo-Daten (${testDb})`, () => {
  it('die Demo-Träger der Amtshilfe haben vollständige Stammdaten mit stimmenden Prüfziffern', async () => {
    for (const [id, soll] of Object.entries(demoStammdaten)) {
      const t = (await prignitz.get(`/api/v1/traeger/${id}`)).json();
      expect(t).toMatchObject(soll);
    }
  });

  it('README-Rundgang: prignitz ersucht, cottbus nimmt an, berichtet, rechnet die Pauschale ab – die abgelegte XRechnung besteht die amtliche Prüfung', async () => {
    const liste = (await prignitz.get(`${ah}?richtung=ausgang&suche=PR-50-2021-0042`)).json<{ eintraege: { id: string }[] }>();
    const id = liste.eintraege[0]?.id;
    if (!id) throw new Error('Demo-Ersuchen fehlt');
    await aktion(cottbus, id, 'annehmen');
    await aktion(cottbus, id, 'berichten', { bericht });
    const e = await aktion(cottbus, id, 'abrechnen');
    expect(e.abrechnung).toMatchObject({ erstattungsart: 'pauschale', erstattungCent: 25000 });

    const k = await cottbus.post(`${ah}/${id}/briefe`, { vorlage: 'kostenanforderung' });
    expect(k.statusCode, k.body).toBe(201);
    expect(await xrechnungStand(cottbus, id)).toEqual({ moeglich: true, grund: null, fehlendeStammdaten: [] });

    const { xml, pruefung } = await abgelegteXRechnung(cottbus, id);
    expect(pruefung.fehler, verstoesseAlsText(pruefung.fehler)).toEqual([]);
    expect(pruefung.warnungen, verstoesseAlsText(pruefung.warnungen)).toEqual([]);
    const x = leser.parse(xml).Invoice;
    expect(x.BuyerReference).toBe(demoStammdaten['12070'].leitwegId);
    expect(x.AccountingSupplierParty.Party.PartyIdentification.ID['#text']).toBe(demoStammdaten['12052'].leitwegId);
    expect(x.PaymentMeans.PayeeFinancialAccount.ID).toBe(demoStammdaten['12052'].iban);
    expect(x.LegalMonetaryTotal.PayableAmount['#text']).toBe('250.00');
    expect(x.Delivery.ActualDeliveryDate).toBe(e.durchgefuehrtAm);
    // Die Beispielbeträge stehen im Namen der Vereinbarung in der Position, nicht als Hinweis mit internen Verweisen.
    expect(x.InvoiceLine.Item.Name).toContain('BEISPIELBETRÄGE');
    expect(xml).not.toMatch(/recht\.md|OQ-\d|BEISPIEL:/);
    // Die Rechnung liegt beim Ersuchen, für beide Parteien.
    const dokumente = (await prignitz.get(`${ah}/${id}/dokumente`)).json<{ eintraege: { vorlage: string }[] }>();
    expect(dokumente.eintraege.map((d) => d.vorlage)).toEqual(['xrechnung', 'kostenanforderung']);
  });

  it('Auslagen eines Trägers ohne Beitritt (35,01 €, Sonderzeichen im Namen): die XRechnung besteht die Prüfung, ohne Hinweis auf Beispielbeträge', async () => {
    // Erst ohne Stammdaten: die Seite nennt jede fehlende Angabe des Landkreises Havelland vorher.
    const demo = (await prignitz.get(`${ah}?richtung=ausgang&suche=PR-50-2021-0042`)).json<{ eintraege: { id: string }[] }>();
    const fallId = (await prignitz.get(`${ah}/${demo.eintraege[0]?.id}`)).json().fallId as string;
    const neu = await prignitz.post(ah, {
      fallId,
      ersuchterId: '12063',
      aufgabe: 'hausbesuch',
      fragen: 'Bitte besuchen Sie Frau Beispiel & berichten Sie zu „Wohnen“ <kurz>.',
      gewuenschtBis: datum.isoDatum(datum.plusTage(datum.datum(heute()), 30)),
      daten: [{ art: 'gesamtplanziele', inhalt: 'Selbständiges Wohnen.' }],
    });
    expect(neu.statusCode, neu.body).toBe(201);
    const id = neu.json().id as string;
    await aktion(prignitz, id, 'senden');
    await aktion(havelland, id, 'annehmen');
    await aktion(havelland, id, 'berichten', { bericht });
    const e = await aktion(havelland, id, 'abrechnen', { auslagenCent: 3501, auslagenBeschreibung: 'Fahrtkosten 2 × 45 km & Porto' });
    expect(e.abrechnung).toMatchObject({ erstattungsart: 'auslagen', erstattungCent: 3501 });

    const vorher = await xrechnungStand(havelland, id);
    expect(vorher.moeglich).toBe(false);
    expect(vorher.fehlendeStammdaten.map((f) => f.pfad)).toEqual([
      '/traeger/12063/leitwegId',
      '/traeger/12063/iban',
      '/traeger/12063/anschrift/strasse',
      '/traeger/12063/anschrift/plz',
      '/traeger/12063/anschrift/ort',
      '/traeger/12063/kontakt/telefon',
      '/traeger/12063/kontakt/email',
    ]);
    expect(vorher.fehlendeStammdaten[0]?.meldung).toBe(
      'Leitweg-ID des Rechnungsstellers (Landkreis Havelland) fehlt (Kennung des Verkäufers BT-29, BR-CO-26).',
    );
    expect((await havelland.post(`${ah}/${id}/xrechnung`)).statusCode).toBe(422);

    const r = await betrieb.patch(
      '/api/v1/traeger/12063',
      {
        name: `Landkreis Havelland – Fachdienst Soziales & Teilhabe <Eingliederungshilfe> "Nord" 'Süd'`,
        anschrift: { strasse: 'Platz der Freiheit 1', plz: '14712', ort: 'Rathenow' },
        kontakt: { telefon: '03385 551-0', email: 'teilhabe@havelland.example', ansprechpartner: 'Jörg Weiß' },
        leitwegId: '12063000-50-04',
        iban: 'DE75512108001245126199',
      },
      { 'if-match': String((await betrieb.get('/api/v1/traeger/12063')).headers.etag) },
    );
    expect(r.statusCode, r.body).toBe(200);
    expect(await xrechnungStand(havelland, id)).toEqual({ moeglich: true, grund: null, fehlendeStammdaten: [] });

    const { xml, pruefung } = await abgelegteXRechnung(havelland, id);
    expect(pruefung.fehler, verstoesseAlsText(pruefung.fehler)).toEqual([]);
    expect(pruefung.warnungen, verstoesseAlsText(pruefung.warnungen)).toEqual([]);
    const x = leser.parse(xml).Invoice;
    expect(x.AccountingSupplierParty.Party.PartyLegalEntity.RegistrationName).toBe(
      `Landkreis Havelland – Fachdienst Soziales & Teilhabe <Eingliederungshilfe> "Nord" 'Süd'`,
    );
    expect(x.InvoiceLine.Item.Name).toBe('Auslagen der Amtshilfe (§ 7 Abs. 1 Satz 2 SGB X)');
    expect(x.InvoiceLine.Item.Description).toBe('Fahrtkosten 2 × 45 km & Porto');
    expect(x.LegalMonetaryTotal.PayableAmount['#text']).toBe('35.01');
    expect(xml).not.toMatch(/BEISPIEL|recht\.md|OQ-\d/);
  });
});
