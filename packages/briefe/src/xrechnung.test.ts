// XRechnung (UBL): jede Variante der Kostenanforderung einer Amtshilfe – Pauschale je Aufgabe,
// Auslagen knapp über der Schwelle des § 7 Abs. 1 Satz 2 SGB X, große Beträge, Sonderzeichen in
// Namen und Texten – besteht die amtliche Prüfung (UBL-2.1-XSD, EN-16931- und
// XRechnung-Schematron) ohne Fehler; schlägt eine Regel an, nennt der Test jede mit Kennung und
// Meldung. Dazu: die Rechnung liest sich zurück mit denselben Werten, fehlende Stammdaten werden
// alle gemeldet, und es entsteht keine Rechnung.
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { cottbus, prignitz } from './beispiele.ts';
import { type Rechnung, aufgabeName, erzeugeXRechnung, fehlendeRechnungsangaben } from './index.ts';
import { bereiteXRechnungPruefungVor, pruefeXRechnung, verstoesseAlsText } from './test/xrechnung-pruefung.ts';

const rechnung: Rechnung = {
  nummer: 'AH-45366E9E',
  datum: '2025-07-30',
  verkaeufer: {
    name: cottbus.name,
    anschrift: cottbus.anschrift,
    leitwegId: '12052000-50-64',
    iban: cottbus.iban ?? null,
    kontakt: { name: 'Mehmet Yılmaz', telefon: '0355 612-3310', email: 'eingliederungshilfe@cottbus.de' },
  },
  kaeufer: { name: prignitz.name, anschrift: prignitz.anschrift, leitwegId: '12070000-50-54' },
  positionen: [{ bezeichnung: 'Pauschale für Gesamtplanung (§ 117 SGB IX)', betragCent: 25000 }],
  summeCent: 25000,
  leistungsdatum: '2025-07-28',
  auftragsreferenz: 'PR-50-2021-0042',
  hinweise: ['Kostenerstattung für Amtshilfe nach der Verwaltungsvereinbarung (§ 7 Abs. 1 Satz 3 SGB X).'],
};

const vereinbarung = 'Verwaltungsvereinbarung zur Amtshilfe im Rahmen der Eingliederungshilfe nach dem SGB IX (BAGüS)';
const pauschalen = { gesamtplanung: 25000, bedarfsermittlung: 20000, gesamtplankonferenz: 15000, hausbesuch: 10000 };

function auslagen(betragCent: number, beschreibung: string): Rechnung {
  return {
    ...rechnung,
    positionen: [{ bezeichnung: 'Auslagen der Amtshilfe (§ 7 Abs. 1 Satz 2 SGB X)', beschreibung, betragCent }],
    summeCent: betragCent,
    hinweise: ['Erstattung von Auslagen der Amtshilfe (§ 7 Abs. 1 Satz 2 SGB X).'],
  };
}

const sonderzeichen = `Müller & Söhne <GmbH> "Straße" 'ß'`;

/** Jede Variante, die die Abrechnung einer Amtshilfe hervorbringen kann. */
const varianten: [string, Rechnung][] = [
  ...Object.entries(pauschalen).map(([aufgabe, cent]): [string, Rechnung] => [
    `Pauschale für ${aufgabeName(aufgabe)}`,
    {
      ...rechnung,
      positionen: [
        {
          bezeichnung: `Pauschale für ${aufgabeName(aufgabe)} nach der ${vereinbarung}, Fassung ab 01.01.2025`,
          beschreibung: 'Amtshilfe auf das Ersuchen PR-50-2021-0042',
          betragCent: cent,
        },
      ],
      summeCent: cent,
    },
  ]),
  ['Auslagen 35,01 € – 1 Cent über der Schwelle', auslagen(3501, 'Fahrtkosten 2 × 60 km, Pkw')],
  ['Auslagen 35,10 €', auslagen(3510, 'Dolmetscherin, 20 Minuten')],
  ['Auslagen 1.234.567,89 €', auslagen(123456789, 'Gutachten')],
  ['Auslagen 100,00 € (glatter Betrag)', auslagen(10000, 'Porto und Kopien')],
  [
    'Sonderzeichen in Namen, Anschriften, Texten und Zeichen',
    {
      ...auslagen(4711, `Fahrt zu ${sonderzeichen}; 50 % Anteil – „Kosten“ ≥ 35 €`),
      verkaeufer: {
        ...rechnung.verkaeufer,
        name: `Stadt Cottbus – Fachbereich Soziales & Jugend <Eingliederungshilfe>`,
        anschrift: { strasse: `Karl-Marx-Straße 67 "Haus B"`, plz: '03044', ort: 'Cottbus/Chóśebuz' },
        kontakt: { name: `Jörg O'Brien-Weiß`, telefon: '0355 612-3310', email: 'eingliederungshilfe@cottbus.de' },
      },
      kaeufer: {
        ...rechnung.kaeufer,
        name: `Landkreis Prignitz – Amt für Soziales & Teilhabe 'Nord'`,
        anschrift: { strasse: 'Bergstraße 1 <Eingang Süd>', plz: '19348', ort: 'Perleberg' },
      },
      auftragsreferenz: 'PR-50/2021-0042 "Ü"',
      hinweise: [`Bitte überweisen Sie an „${sonderzeichen}“ – nein: an uns.`],
    },
  ],
  ['ohne Auftragsreferenz und Hinweise', { ...rechnung, auftragsreferenz: null, hinweise: [] }],
  [
    'IBAN in Viererblöcken, ohne Ansprechpartner',
    {
      ...rechnung,
      verkaeufer: { ...rechnung.verkaeufer, iban: 'DE89 3704 0044 0532 0130 00', kontakt: { ...rechnung.verkaeufer.kontakt, name: null } },
    },
  ],
];

const leser = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, parseTagValue: false });

describe('XRechnung (UBL) vor den amtlichen Prüfregeln', () => {
  // Beim ersten Lauf eines Klons übersetzt xslt3 die beiden Schematron-XSLT (etwa 30 s).
  beforeAll(() => bereiteXRechnungPruefungVor(), 240_000);

  it.each(varianten)('%s: UBL-XSD, EN 16931 und XRechnung ohne Fehler', async (_, r) => {
    const xml = await erzeugeXRechnung(r);
    const ergebnis = await pruefeXRechnung(xml);
    expect(ergebnis.fehler, verstoesseAlsText(ergebnis.fehler)).toEqual([]);
    expect(ergebnis.warnungen, verstoesseAlsText(ergebnis.warnungen)).toEqual([]);
    expect(ergebnis.gueltig).toBe(true);
  });

  it('Sonderzeichen kommen unverändert an (XML-Maskierung, UTF-8)', async () => {
    const [, r] = varianten.find(([n]) => n.startsWith('Sonderzeichen')) ?? [];
    if (!r) throw new Error('Variante fehlt');
    const x = leser.parse(await erzeugeXRechnung(r)).Invoice;
    expect(x.AccountingSupplierParty.Party.PartyLegalEntity.RegistrationName).toBe(r.verkaeufer.name);
    expect(x.AccountingCustomerParty.Party.PostalAddress.StreetName).toBe('Bergstraße 1 <Eingang Süd>');
    expect(x.InvoiceLine.Item.Description).toBe(r.positionen[0]?.beschreibung);
    expect(x.OrderReference.ID).toBe('PR-50/2021-0042 "Ü"');
  });

  it('die Prüfung findet, was die amtlichen Regeln verwerfen: ohne Kennung des Verkäufers, ohne Steuersatz, fremdes Element', async () => {
    const xml = await erzeugeXRechnung(rechnung);
    const ohneKennung = xml.replace(/<cac:PartyIdentification>[\s\S]*?<\/cac:PartyIdentification>/, '');
    const ohneSatz = xml.replace(/<cbc:Percent>0<\/cbc:Percent>/, '');
    const fremd = xml.replace('<cbc:DocumentCurrencyCode>', '<cbc:Waehrung>EUR</cbc:Waehrung><cbc:DocumentCurrencyCode>');
    const regeln = async (x: string) => (await pruefeXRechnung(x)).fehler.map((f) => `${f.quelle}: ${f.regel} ${f.schwere}`);
    expect(await regeln(ohneKennung)).toEqual(['EN 16931: BR-CO-26 fatal']);
    expect(await regeln(ohneSatz)).toEqual(['XRechnung: BR-DE-14 fatal']);
    expect(await regeln(fremd)).toContain('UBL 2.1 XSD: XSD fatal');
    // Eine IBAN mit falscher Prüfziffer meldet BR-DE-19 als Warnung – die Rechnung bleibt gültig.
    // Ohne Tag der Leistung (BT-72) bleibt die Rechnung gültig, die KoSIT-Regeln weisen darauf hin.
    const ohneTag = await pruefeXRechnung(await erzeugeXRechnung({ ...rechnung, leistungsdatum: null }));
    expect(ohneTag.gueltig).toBe(true);
    expect(ohneTag.warnungen.map((w) => `${w.regel} ${w.schwere}`)).toEqual(['BR-DE-TMP-32 information']);
    const falscheIban = await pruefeXRechnung(xml.replace('DE89370400440532013000', 'DE89370400440532013001'));
    expect(falscheIban.warnungen.map((w) => w.regel)).toEqual(['BR-DE-19']);
    expect(falscheIban.gueltig).toBe(true);
  });
});

describe('XRechnung (UBL)', () => {
  it('die Rechnung einer Pauschale liest sich zurück: Summe, Leitweg-IDs als BT-10 und BT-29, Parteien, IBAN, Steuersatz 0 der Kategorie O', async () => {
    const xml = await erzeugeXRechnung(rechnung);
    const r = leser.parse(xml).Invoice;
    expect(r.CustomizationID).toBe('urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0');
    expect(r.ID).toBe('AH-45366E9E');
    expect(r.IssueDate).toBe('2025-07-30');
    expect(r.BuyerReference).toBe('12070000-50-54');
    expect(r.AccountingCustomerParty.Party.EndpointID['#text']).toBe('12070000-50-54');
    expect(r.AccountingCustomerParty.Party.EndpointID['@_schemeID']).toBe('0204');
    expect(r.AccountingCustomerParty.Party.PartyLegalEntity.RegistrationName).toBe('Landkreis Prignitz');
    expect(r.AccountingSupplierParty.Party.PartyLegalEntity.RegistrationName).toBe('Stadt Cottbus');
    expect(r.AccountingSupplierParty.Party.PartyIdentification.ID['#text']).toBe('12052000-50-64');
    expect(r.AccountingSupplierParty.Party.PartyIdentification.ID['@_schemeID']).toBe('0204');
    expect(r.AccountingSupplierParty.Party.PostalAddress.PostalZone).toBe('03046');
    expect(r.PaymentMeans.PayeeFinancialAccount.ID).toBe('DE89370400440532013000');
    expect(r.LegalMonetaryTotal.PayableAmount['#text']).toBe('250.00');
    expect(r.LegalMonetaryTotal.PayableAmount['@_currencyID']).toBe('EUR');
    expect(r.LegalMonetaryTotal.TaxExclusiveAmount['#text']).toBe('250.00');
    expect(r.TaxTotal.TaxAmount['#text']).toBe('0.00');
    expect(r.TaxTotal.TaxSubtotal.TaxCategory.ID).toBe('O');
    expect(r.TaxTotal.TaxSubtotal.TaxCategory.Percent).toBe('0');
    expect(r.InvoiceLine.Item.ClassifiedTaxCategory.Percent).toBeUndefined();
    expect(r.InvoiceLine.LineExtensionAmount['#text']).toBe('250.00');
    expect(r.InvoiceLine.Item.Name).toBe('Pauschale für Gesamtplanung (§ 117 SGB IX)');
  });

  it('fehlen Stammdaten, wird jede fehlende Angabe als Feld gemeldet und keine Rechnung erzeugt', async () => {
    const leer: Rechnung = {
      ...rechnung,
      verkaeufer: { name: 'Stadt Cottbus', anschrift: {}, iban: null, kontakt: {} },
      kaeufer: { name: 'Landkreis Prignitz', anschrift: { ort: 'Perleberg' }, leitwegId: null },
    };
    const fehlend = fehlendeRechnungsangaben(leer);
    expect(fehlend.map((f) => f.pfad)).toEqual([
      '/rechnungsempfaenger/leitwegId',
      '/rechnungssteller/leitwegId',
      '/rechnungssteller/iban',
      '/rechnungssteller/anschrift/strasse',
      '/rechnungssteller/anschrift/plz',
      '/rechnungssteller/anschrift/ort',
      '/rechnungssteller/kontakt/telefon',
      '/rechnungssteller/kontakt/email',
      '/rechnungsempfaenger/anschrift/strasse',
      '/rechnungsempfaenger/anschrift/plz',
    ]);
    expect(fehlend[1]?.meldung).toBe('Leitweg-ID des Rechnungsstellers (Stadt Cottbus) fehlt (Kennung des Verkäufers BT-29, BR-CO-26).');
    await expect(erzeugeXRechnung(leer)).rejects.toThrow(/Leitweg-ID des Rechnungsempfängers \(Landkreis Prignitz\) fehlt/);
  });

  it('Leitweg-IDs mit falscher Prüfziffer und eine ungültige IBAN werden abgelehnt', () => {
    const falsch = fehlendeRechnungsangaben({
      ...rechnung,
      kaeufer: { ...rechnung.kaeufer, leitwegId: '12070000-50-55' },
      verkaeufer: { ...rechnung.verkaeufer, leitwegId: '12052000-50-46', iban: 'DE89370400440532013001' },
    });
    expect(falsch.map((f) => f.pfad)).toEqual(['/rechnungsempfaenger/leitwegId', '/rechnungssteller/leitwegId', '/rechnungssteller/iban']);
    expect(falsch[0]?.meldung).toContain('ISO 7064 Mod 97-10');
    expect(falsch[1]?.meldung).toMatch(/^Leitweg-ID des Rechnungsstellers \(Stadt Cottbus\): Die Prüfziffer/);
    expect(falsch[2]?.meldung).toContain('ISO 13616');
  });
});
