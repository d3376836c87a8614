// XRechnung (UBL): die Rechnung einer Pauschale liest sich zurück mit derselben Summe,
// Käuferreferenz (Leitweg-ID, BT-10) und denselben Parteien; fehlende Stammdaten werden alle
// gemeldet, und es entsteht keine Rechnung.
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { cottbus, prignitz } from './beispiele.ts';
import { type Rechnung, erzeugeXRechnung, fehlendeRechnungsangaben } from './index.ts';

const rechnung: Rechnung = {
  nummer: 'AH-45366E9E',
  datum: '2025-07-30',
  verkaeufer: {
    name: cottbus.name,
    anschrift: cottbus.anschrift,
    iban: cottbus.iban ?? null,
    kontakt: { name: 'Mehmet Yılmaz', telefon: '0355 612-3310', email: 'eingliederungshilfe@cottbus.de' },
  },
  kaeufer: { name: prignitz.name, anschrift: prignitz.anschrift, leitwegId: '12-121096894459866-05' },
  positionen: [{ bezeichnung: 'Pauschale für Gesamtplanung (§ 117 SGB IX)', betragCent: 25000 }],
  summeCent: 25000,
  leistungsdatum: '2025-07-28',
  auftragsreferenz: 'PR-50-2021-0042',
  hinweise: ['Kostenerstattung für Amtshilfe (§ 7 Abs. 1 Satz 3 SGB X).'],
};

const leser = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, parseTagValue: false });

describe('XRechnung (UBL)', () => {
  it('die Rechnung einer Pauschale liest sich zurück: Summe, Leitweg-ID als BT-10, Parteien, IBAN, XRechnung 3.0', async () => {
    const xml = await erzeugeXRechnung(rechnung);
    const r = leser.parse(xml).Invoice;
    expect(r.CustomizationID).toBe('urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0');
    expect(r.ID).toBe('AH-45366E9E');
    expect(r.IssueDate).toBe('2025-07-30');
    expect(r.BuyerReference).toBe('12-121096894459866-05');
    expect(r.AccountingCustomerParty.Party.EndpointID['#text']).toBe('12-121096894459866-05');
    expect(r.AccountingCustomerParty.Party.EndpointID['@_schemeID']).toBe('0204');
    expect(r.AccountingCustomerParty.Party.PartyLegalEntity.RegistrationName).toBe('Landkreis Prignitz');
    expect(r.AccountingSupplierParty.Party.PartyLegalEntity.RegistrationName).toBe('Stadt Cottbus');
    expect(r.AccountingSupplierParty.Party.PostalAddress.PostalZone).toBe('03046');
    expect(r.PaymentMeans.PayeeFinancialAccount.ID).toBe('DE89370400440532013000');
    expect(r.LegalMonetaryTotal.PayableAmount['#text']).toBe('250.00');
    expect(r.LegalMonetaryTotal.PayableAmount['@_currencyID']).toBe('EUR');
    expect(r.LegalMonetaryTotal.TaxExclusiveAmount['#text']).toBe('250.00');
    expect(r.TaxTotal.TaxAmount['#text']).toBe('0.00');
    expect(r.TaxTotal.TaxSubtotal.TaxCategory.ID).toBe('O');
    expect(r.InvoiceLine.LineExtensionAmount['#text']).toBe('250.00');
    expect(r.InvoiceLine.Item.Name).toBe('Pauschale für Gesamtplanung (§ 117 SGB IX)');
  });

  it('fehlen Stammdaten, wird jede fehlende Angabe als Feld gemeldet und keine Rechnung erzeugt', async () => {
    const leer: Rechnung = {
      ...rechnung,
      verkaeufer: { name: 'Stadt Cottbus', anschrift: {}, iban: null, kontakt: {} },
      kaeufer: { name: 'Landkreis Prignitz', anschrift: { ort: 'Perleberg' }, leitwegId: null },
    };
    const pfade = fehlendeRechnungsangaben(leer).map((f) => f.pfad);
    expect(pfade).toEqual([
      '/rechnungsempfaenger/leitwegId',
      '/rechnungssteller/iban',
      '/rechnungssteller/anschrift/strasse',
      '/rechnungssteller/anschrift/plz',
      '/rechnungssteller/anschrift/ort',
      '/rechnungssteller/kontakt/telefon',
      '/rechnungssteller/kontakt/email',
      '/rechnungsempfaenger/anschrift/strasse',
      '/rechnungsempfaenger/anschrift/plz',
    ]);
    await expect(erzeugeXRechnung(leer)).rejects.toThrow(/Leitweg-ID des Rechnungsempfängers \(Landkreis Prignitz\) fehlt/);
  });

  it('eine Leitweg-ID mit falscher Prüfziffer und eine ungültige IBAN werden abgelehnt', () => {
    const falsch = fehlendeRechnungsangaben({
      ...rechnung,
      kaeufer: { ...rechnung.kaeufer, leitwegId: '12-121096894459866-06' },
      verkaeufer: { ...rechnung.verkaeufer, iban: 'DE89370400440532013001' },
    });
    expect(falsch.map((f) => f.pfad)).toEqual(['/rechnungsempfaenger/leitwegId', '/rechnungssteller/iban']);
    expect(falsch[0]?.meldung).toContain('ISO 7064 Mod 97-10');
  });
});
