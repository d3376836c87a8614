// XRechnung (UBL, Standard XRechnung 3.0 auf EN 16931) für die Kostenanforderung einer
// Amtshilfe (Pauschale der Vereinbarung oder Auslagen, § 7 SGB X), erzeugt mit
// @e-invoice-eu/core. Die Leitweg-ID des Rechnungsempfängers ist die Käuferreferenz (BT-10,
// BR-DE-15) und seine elektronische Adresse (BT-49, Schema 0204). Die Beträge sind die
// gespeicherten Ergebnisse des Regelwerks; hier wird nur geprüft, dass sie zusammenpassen.
// Die Kostenerstattung unter Behörden ist hoheitliches Handeln und nicht steuerbar (§ 2b UStG):
// Umsatzsteuerkategorie „O“ (außerhalb des Anwendungsbereichs der Steuer), mit Satz 0 in der
// Aufschlüsselung (BT-119 verlangt BR-DE-14) und ohne Satz in den Positionen (BR-O-05); keine
// Umsatzsteuer-Identifikationsnummer (BR-O-02). Den Rechnungssteller kennzeichnet daher seine
// eigene Leitweg-ID (BT-29, Schema 0204 der ISO/IEC-6523-Liste), wie es BR-CO-26 verlangt.
// Geprüft mit den amtlichen Artefakten (UBL-XSD, EN-16931- und XRechnung-Schematron) in
// xrechnung.test.ts.
import { type EInvoiceFormat, FormatFactoryService, type Invoice, invoiceSchema } from '@e-invoice-eu/core';
import { Ajv2019, type ValidateFunction } from 'ajv/dist/2019.js';
import { type Fehler, pruefeIban, pruefeLeitwegId } from '@egh/recht';
import type { Anschrift, IsoDatum } from './typen.ts';

export interface Rechnungspartei {
  name: string;
  anschrift: Anschrift;
  leitwegId?: string | null;
  iban?: string | null;
  kontakt?: { name?: string | null; telefon?: string | null; email?: string | null };
}

export interface Rechnungsposition {
  bezeichnung: string;
  beschreibung?: string | null;
  betragCent: number;
}

export interface Rechnung {
  /** Rechnungsnummer (BT-1). */
  nummer: string;
  /** Rechnungsdatum (BT-2): Tag der Abrechnung. */
  datum: IsoDatum;
  /** Rechnungssteller: der ersuchte Träger. */
  verkaeufer: Rechnungspartei;
  /** Rechnungsempfänger: der ersuchende Träger. */
  kaeufer: Rechnungspartei;
  positionen: Rechnungsposition[];
  /** Der zu zahlende Betrag, wie ihn das Regelwerk entschieden hat. */
  summeCent: number;
  /** Tag der Leistung (BT-72). */
  leistungsdatum?: IsoDatum | null;
  /** Zeichen des Empfängers (Auftragsreferenz, BT-13). */
  auftragsreferenz?: string | null;
  /** Freitext (BT-22), z. B. Rechtsgrundlage. */
  hinweise?: string[];
}

const steuerbefreiung = 'Nicht steuerbar: Kostenerstattung für Amtshilfe unter Behörden (hoheitliche Tätigkeit, § 2b UStG).';

function fehlendeAnschrift(p: Rechnungspartei, pfad: string, rolle: string): Fehler[] {
  const f: Fehler[] = [];
  if (!p.anschrift.strasse?.trim()) f.push({ pfad: `${pfad}/anschrift/strasse`, meldung: `Straße des ${rolle} (${p.name}) fehlt.` });
  if (!p.anschrift.plz?.trim())
    f.push({ pfad: `${pfad}/anschrift/plz`, meldung: `Postleitzahl des ${rolle} (${p.name}) fehlt (BR-DE-4/BR-DE-9).` });
  if (!p.anschrift.ort?.trim()) f.push({ pfad: `${pfad}/anschrift/ort`, meldung: `Ort des ${rolle} (${p.name}) fehlt (BR-DE-3/BR-DE-8).` });
  return f;
}

/** Leitweg-ID einer Partei: fehlt sie oder stimmt ihre Prüfziffer nicht, ein Fehler mit dem Feld. */
function leitwegFehler(p: Rechnungspartei, pfad: string, rolle: string, wozu: string): Fehler[] {
  if (!p.leitwegId?.trim()) return [{ pfad: `${pfad}/leitwegId`, meldung: `Leitweg-ID des ${rolle} (${p.name}) fehlt (${wozu}).` }];
  const fehler = pruefeLeitwegId(p.leitwegId);
  return fehler ? [{ pfad: `${pfad}/leitwegId`, meldung: `Leitweg-ID des ${rolle} (${p.name}): ${fehler}` }] : [];
}

/**
 * Alles, was für eine gültige XRechnung fehlt – vollständig, nicht nur das Erste: Leitweg-ID des
 * Empfängers (BT-10) und des Rechnungsstellers (BT-29), IBAN (BG-17), Anschriften beider Seiten,
 * Telefon und E-Mail des Rechnungsstellers (BR-DE-6, BR-DE-7).
 */
export function fehlendeRechnungsangaben(r: Rechnung): Fehler[] {
  const f: Fehler[] = [];
  const v = r.verkaeufer;
  const k = r.kaeufer;
  f.push(...leitwegFehler(k, '/rechnungsempfaenger', 'Rechnungsempfängers', 'Käuferreferenz BT-10, BR-DE-15'));
  f.push(...leitwegFehler(v, '/rechnungssteller', 'Rechnungsstellers', 'Kennung des Verkäufers BT-29, BR-CO-26'));
  if (!v.iban?.trim())
    f.push({ pfad: '/rechnungssteller/iban', meldung: `IBAN des Rechnungsstellers (${v.name}) fehlt (BT-84, BR-DE-23).` });
  else if (!pruefeIban(v.iban))
    f.push({ pfad: '/rechnungssteller/iban', meldung: `Die IBAN ${v.iban} ist ungültig (Prüfziffer nach ISO 13616).` });
  f.push(...fehlendeAnschrift(v, '/rechnungssteller', 'Rechnungsstellers'));
  if (!v.kontakt?.telefon?.trim())
    f.push({ pfad: '/rechnungssteller/kontakt/telefon', meldung: `Telefon des Rechnungsstellers (${v.name}) fehlt (BR-DE-6).` });
  if (!v.kontakt?.email?.trim())
    f.push({ pfad: '/rechnungssteller/kontakt/email', meldung: `E-Mail des Rechnungsstellers (${v.name}) fehlt (BR-DE-7).` });
  f.push(...fehlendeAnschrift(k, '/rechnungsempfaenger', 'Rechnungsempfängers'));
  if (r.positionen.length === 0) f.push({ pfad: '/positionen', meldung: 'Die Rechnung hat keine Position.' });
  if (r.positionen.reduce((s, p) => s + p.betragCent, 0) !== r.summeCent)
    f.push({ pfad: '/summeCent', meldung: 'Die Positionen ergeben nicht den entschiedenen Betrag.' });
  return f;
}

/** Ganze Cent als Dezimalzahl mit Punkt (UBL): 25000 → `250.00`. */
function betrag(cent: number): string {
  const abs = Math.abs(cent);
  return `${cent < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

function adresse(a: Anschrift) {
  return {
    'cbc:StreetName': a.strasse ?? '',
    'cbc:CityName': a.ort ?? '',
    'cbc:PostalZone': a.plz ?? '',
    'cac:Country': { 'cbc:IdentificationCode': 'DE' as const },
  };
}

function alsUbl(r: Rechnung): Invoice {
  const v = r.verkaeufer;
  const k = r.kaeufer;
  const kategorie = { 'cbc:ID': 'O' as const, 'cac:TaxScheme': { 'cbc:ID': 'VAT' } };
  const zeilen = r.positionen.map((p, i) => ({
    'cbc:ID': String(i + 1),
    'cbc:InvoicedQuantity': '1',
    'cbc:InvoicedQuantity@unitCode': 'C62' as const,
    'cbc:LineExtensionAmount': betrag(p.betragCent),
    'cbc:LineExtensionAmount@currencyID': 'EUR' as const,
    'cac:Item': {
      ...(p.beschreibung ? { 'cbc:Description': p.beschreibung } : {}),
      'cbc:Name': p.bezeichnung,
      'cac:ClassifiedTaxCategory': kategorie,
    },
    'cac:Price': { 'cbc:PriceAmount': betrag(p.betragCent), 'cbc:PriceAmount@currencyID': 'EUR' as const },
  }));
  const [erste, ...weitere] = zeilen;
  if (!erste) throw new Error('Die Rechnung hat keine Position.');
  const summe = betrag(r.summeCent);
  return {
    'ubl:Invoice': {
      'cbc:CustomizationID': 'urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0',
      'cbc:ProfileID': 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0',
      'cbc:ID': r.nummer,
      'cbc:IssueDate': r.datum,
      'cbc:InvoiceTypeCode': '380',
      ...(r.hinweise?.length ? { 'cbc:Note': r.hinweise } : {}),
      'cbc:DocumentCurrencyCode': 'EUR',
      'cbc:BuyerReference': k.leitwegId ?? '',
      ...(r.auftragsreferenz ? { 'cac:OrderReference': { 'cbc:ID': r.auftragsreferenz } } : {}),
      'cac:AccountingSupplierParty': {
        'cac:Party': {
          'cbc:EndpointID': v.leitwegId ?? '',
          'cbc:EndpointID@schemeID': '0204' as const,
          // BT-29: die Leitweg-ID kennzeichnet die Behörde bundesweit eindeutig (BR-CO-26).
          'cac:PartyIdentification': [{ 'cbc:ID': v.leitwegId ?? '', 'cbc:ID@schemeID': '0204' as const }],
          'cac:PartyName': { 'cbc:Name': v.name },
          'cac:PostalAddress': adresse(v.anschrift),
          'cac:PartyLegalEntity': { 'cbc:RegistrationName': v.name },
          'cac:Contact': {
            'cbc:Name': v.kontakt?.name ?? v.name,
            'cbc:Telephone': v.kontakt?.telefon ?? '',
            'cbc:ElectronicMail': v.kontakt?.email ?? '',
          },
        },
      },
      'cac:AccountingCustomerParty': {
        'cac:Party': {
          'cbc:EndpointID': k.leitwegId ?? '',
          'cbc:EndpointID@schemeID': '0204' as const,
          'cac:PartyName': { 'cbc:Name': k.name },
          'cac:PostalAddress': adresse(k.anschrift),
          'cac:PartyLegalEntity': { 'cbc:RegistrationName': k.name },
        },
      },
      ...(r.leistungsdatum ? { 'cac:Delivery': { 'cbc:ActualDeliveryDate': r.leistungsdatum } } : {}),
      'cac:PaymentMeans': [
        {
          // 58 = SEPA-Überweisung (UNTDID 4461).
          'cbc:PaymentMeansCode': '58',
          'cbc:PaymentID': r.nummer,
          'cac:PayeeFinancialAccount': { 'cbc:ID': (v.iban ?? '').replace(/\s+/g, ''), 'cbc:Name': v.name },
        },
      ],
      'cac:PaymentTerms': { 'cbc:Note': 'Zahlbar ohne Abzug unter Angabe der Rechnungsnummer.' },
      'cac:TaxTotal': [
        {
          'cbc:TaxAmount': '0.00',
          'cbc:TaxAmount@currencyID': 'EUR',
          'cac:TaxSubtotal': [
            {
              'cbc:TaxableAmount': summe,
              'cbc:TaxableAmount@currencyID': 'EUR',
              'cbc:TaxAmount': '0.00',
              'cbc:TaxAmount@currencyID': 'EUR',
              // BT-119 „VAT category rate“: 0 (BR-DE-14); nur hier, nicht in den Positionen (BR-O-05).
              'cac:TaxCategory': { ...kategorie, 'cbc:Percent': '0', 'cbc:TaxExemptionReason': steuerbefreiung },
            },
          ],
        },
      ],
      'cac:LegalMonetaryTotal': {
        'cbc:LineExtensionAmount': summe,
        'cbc:LineExtensionAmount@currencyID': 'EUR',
        'cbc:TaxExclusiveAmount': summe,
        'cbc:TaxExclusiveAmount@currencyID': 'EUR',
        'cbc:TaxInclusiveAmount': summe,
        'cbc:TaxInclusiveAmount@currencyID': 'EUR',
        'cbc:PayableAmount': summe,
        'cbc:PayableAmount@currencyID': 'EUR',
      },
      'cac:InvoiceLine': [erste, ...weitere],
    },
  };
}

/** Stille Protokollierung: @e-invoice-eu/core meldet Hinweise über einen Logger. */
const leise = { log: () => {}, warn: () => {}, error: () => {} };
const format = 'XRECHNUNG-UBL';

/**
 * Format und Schemaprüfung einmal je Prozess: InvoiceService.generate übersetzt das JSON-Schema
 * der Rechnung bei jedem Aufruf neu (über 100 ms); hier dieselben Schritte – Schema des Formats,
 * Prüfung mit Vorgaben, Standardwerte, Erzeugen – mit dem einmal übersetzten Prüfer.
 */
let werkzeug: { formatierer: EInvoiceFormat; pruefer: ValidateFunction<Invoice> } | undefined;
function xrechnungWerkzeug() {
  if (!werkzeug) {
    const formatierer = new FormatFactoryService().createFormatService(format, leise);
    const schema = structuredClone(invoiceSchema);
    formatierer.patchSchema(schema);
    const pruefer = new Ajv2019({ strict: true, allErrors: true, useDefaults: true }).compile<Invoice>(schema);
    werkzeug = { formatierer, pruefer };
  }
  return werkzeug;
}

/**
 * Erzeugt die XRechnung (UBL-XML). Wirft, wenn Angaben fehlen – die Aufrufer prüfen vorher mit
 * `fehlendeRechnungsangaben` und melden jede fehlende Angabe.
 */
export async function erzeugeXRechnung(r: Rechnung): Promise<string> {
  const fehlend = fehlendeRechnungsangaben(r);
  if (fehlend.length) throw new Error(`XRechnung unvollständig: ${fehlend.map((f) => f.meldung).join(' ')}`);
  const { formatierer, pruefer } = xrechnungWerkzeug();
  const rechnung = alsUbl(r);
  if (!pruefer(rechnung)) throw new Error(`XRechnung verletzt das Schema: ${JSON.stringify(pruefer.errors)}`);
  formatierer.fillInvoiceDefaults(rechnung);
  const xml = await formatierer.generate(rechnung, { format, lang: 'de-de' });
  return typeof xml === 'string' ? xml : new TextDecoder().decode(xml);
}
