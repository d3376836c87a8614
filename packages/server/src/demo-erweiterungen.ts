// Demo-Daten für Amtshilfe (Landkreis Prignitz → Stadt Cottbus) und Mehrkostenvergleich
// (SG Freiburg). Getrennt von demo.ts, weil sie die Anwendungsfälle dieser Bereiche nutzen.
import { eq } from 'drizzle-orm';
import type { Db } from './db/verbindung.ts';
import { alsMandant, alsSystem } from './db/verbindung.ts';
import { datum } from '@egh/recht';
import { traeger } from './db/schema.ts';
import { fuehreAus as fuehreAusAmtshilfe, legeErsuchenAn } from './anwendungsfaelle/amtshilfe.ts';
import { legeFallAn } from './anwendungsfaelle/faelle.ts';
import { legeVergleichAn } from './anwendungsfaelle/mehrkosten.ts';
import type { Benutzerkontext } from './http/sitzung.ts';
import { mandantVon } from './http/sitzung.ts';

type KontextFuer = (db: Db, benutzername: string) => Promise<Benutzerkontext & { traegerId: string }>;

/**
 * Stammdaten der beiden Träger der Demo-Amtshilfe, vollständig für Briefe und XRechnung: Anschrift,
 * Telefon, E-Mail, Ansprechpartner, Leitweg-ID (Käuferreferenz BT-10 und Kennung des Verkäufers
 * BT-29) und IBAN. Leitweg-IDs und IBAN sind erfundene Beispielwerte mit stimmenden Prüfziffern
 * (ISO/IEC 7064 Mod 97-10, ISO 13616) – nicht die Verbindungen der Träger.
 */
export const demoStammdaten = {
  '12070': {
    anschrift: { strasse: 'Berliner Straße 49', plz: '19348', ort: 'Perleberg' },
    kontakt: { telefon: '03876 713-0', email: 'eingliederungshilfe@lkprignitz.de', ansprechpartner: 'Jana Krüger' },
    leitwegId: '12070000-50-54',
    iban: 'DE02120300000000202051',
  },
  '12052': {
    anschrift: { strasse: 'Neumarkt 5', plz: '03046', ort: 'Cottbus' },
    kontakt: { telefon: '0355 612-0', email: 'eingliederungshilfe@cottbus.de', ansprechpartner: 'Mehmet Yılmaz' },
    leitwegId: '12052000-50-64',
    iban: 'DE89370400440532013000',
  },
} as const;

/** SC-11: Prignitz bleibt nach dem Umzug nach Cottbus zuständig und bittet Cottbus um Amtshilfe. */
export async function demoAmtshilfe(db: Db, stichtag: string, kontextFuer: KontextFuer): Promise<void> {
  await alsSystem(db, async (tx) => {
    for (const [id, werte] of Object.entries(demoStammdaten)) {
      const [t] = await tx.select({ quelle: traeger.quelle }).from(traeger).where(eq(traeger.id, id));
      const quelle = `${t?.quelle ? `${t.quelle}; ` : ''}Anschrift, Kontakt, Leitweg-ID und IBAN: Beispielwerte der Demo`;
      await tx
        .update(traeger)
        .set({ ...werte, quelle })
        .where(eq(traeger.id, id));
    }
  });
  const prignitz = await kontextFuer(db, 'prignitz');
  const f = await alsMandant(db, mandantVon(prignitz), (tx) =>
    legeFallAn(
      tx,
      prignitz,
      {
        aktenzeichen: 'PR-50-2021-0042',
        person: {
          nachname: 'Beispiel',
          vorname: 'Lena',
          geburtsdatum: '1998-04-12',
          anschrift: { strasse: 'Beispielweg 3', plz: '03046', ort: 'Cottbus' },
        },
        aufenthalte: [
          { von: '2015-01-01', bis: '2023-07-31', gebiet: '12070', art: 'gewoehnlich' },
          { von: '2023-08-01', gebiet: '12052', art: 'gewoehnlich' },
        ],
        leistungen: [{ von: '2021-06-01', form: 'ambulant', traeger: '12070', bezeichnung: 'Assistenzleistungen (§ 113 SGB IX)' }],
        antraege: [{ datum: '2021-05-10', traeger: '12070' }],
        bemerkung: 'Demo: Umzug nach Cottbus am 01.08.2023; Prignitz bleibt nach § 98 Abs. 1 Satz 3 SGB IX zuständig.',
      },
      stichtag,
    ),
  );
  // Ersuchen um Gesamtplanung vor Ort (recht.md §1.1): nur Stammdaten und Ziele des Gesamtplans,
  // die das Regelwerk ohne Einwilligung zulässt (§ 69 Abs. 1 Nr. 1 SGB X); erbeten in sechs Wochen.
  await alsMandant(db, mandantVon(prignitz), async (tx) => {
    const e = await legeErsuchenAn(
      tx,
      prignitz,
      {
        fallId: f.id,
        ersuchterId: '12052',
        aufgabe: 'gesamtplanung',
        fragen:
          'Bitte führen Sie das Gespräch zur Gesamtplanung mit Frau Beispiel in Cottbus im persönlichen Kontakt (§ 117 SGB IX) und berichten Sie zu den neun Lebensbereichen des § 118 SGB IX. Besteht weiterhin Bedarf an Assistenzleistungen im bisherigen Umfang? Welche Wünsche äußert Frau Beispiel zur Wohnform?',
        gewuenschtBis: datum.isoDatum(datum.plusTage(datum.datum(stichtag), 42)),
        daten: [
          { art: 'stammdaten', inhalt: 'Lena Beispiel, geb. 12.04.1998, Beispielweg 3, 03046 Cottbus' },
          { art: 'gesamtplanziele', inhalt: 'Selbständiges Wohnen in eigener Wohnung; Teilhabe am Arbeitsleben in einer Werkstatt.' },
        ],
      },
      stichtag,
    );
    await fuehreAusAmtshilfe(tx, prignitz, e.id, e.version, { aktion: 'senden' }, stichtag);
  });
}

/**
 * SG Freiburg, Urteil vom 01.03.2011 – S 9 SO 2640/10: Wunschwohnheim 88,41 € gegen
 * Vergleichswohnheim 76,21 € je Tag (16,01 %, 366,00 € im 30-Tage-Monat), Alternative zumutbar,
 * nachvollziehbare Wunschgründe. Nachgestellt bei der Stadt Cottbus mit eigenem Demo-Fall; die
 * Entscheidung bleibt offen – sie trifft ein Mensch nach Abwägung, nie das Regelwerk.
 */
export async function demoMehrkosten(db: Db, stichtag: string, kontextFuer: KontextFuer): Promise<void> {
  const cottbus = await kontextFuer(db, 'cottbus');
  await alsMandant(db, mandantVon(cottbus), async (tx) => {
    const f = await legeFallAn(
      tx,
      cottbus,
      {
        aktenzeichen: 'CB-50-2025-0311',
        person: {
          nachname: 'Sommer',
          vorname: 'Jonas',
          geburtsdatum: '1989-09-21',
          anschrift: { strasse: 'Lindenweg 7', plz: '03044', ort: 'Cottbus' },
        },
        aufenthalte: [{ von: '2009-10-01', gebiet: '12052', art: 'gewoehnlich' }],
        antraege: [{ datum: '2025-03-03', traeger: '12052' }],
        bemerkung:
          'Demo nach SG Freiburg, Urteil vom 01.03.2011 – S 9 SO 2640/10: Wunsch nach dem Wohnheim S (Anbieter mit Vereinbarung, im Urteil nach § 75 Abs. 3 SGB XII). Wunschgründe: Einzelzimmer ohne Warteliste, Bewohnergruppe ähnlichen Alters, Nähe zur bevorzugten Werkstatt. Das Wohnheim A ist zumutbar und deckt den Bedarf.',
      },
      stichtag,
    );
    await legeVergleichAn(tx, cottbus, {
      bezeichnung: 'Wohnheim S statt Wohnheim A (nach SG Freiburg, S 9 SO 2640/10)',
      fallId: f.id,
      stichtag,
      gewuenscht: {
        bezeichnung: 'Wohnheim S (Vereinbarung; im Urteil § 75 Abs. 3 SGB XII)',
        posten: [{ bezeichnung: 'Wohnheim', betragCent: 8841, je: 'tag' }],
      },
      alternativen: [
        {
          bezeichnung: 'Wohnheim A',
          posten: [{ bezeichnung: 'Wohnheim', betragCent: 7621, je: 'tag' }],
          vereinbarungKapitel8: true,
          zumutbar: true,
          bedarfsdeckend: true,
        },
      ],
    });
  });
}
