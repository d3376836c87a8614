// Prüfungsart `bekanntgabe`: Bekanntgabefiktion nach § 37 Abs. 2 SGB X und eine daran
// anschließende Frist (z. B. Widerspruch, § 84 SGG; Klage, § 87 SGG), recht.md §5.6.
import { Begruendung } from '../gemeinsam/ergebnis.ts';
import { parameter, wertAmOderFehler } from '../gemeinsam/parameter.ts';
import { pruefungsart } from '../gemeinsam/pruefung.ts';
import { datumSchema, landSchema, pruefungsSchema, regionSchema } from '../gemeinsam/validierung.ts';
import { type IsoDatum, datum, deutschesDatum, isoDatum, plusTage, wochentag, wochentagsnamen } from '../kalender/datum.ts';
import { type Land, type Region, istRegionVon } from '../kalender/feiertage.ts';
import { kalenderFuer, nominalesFristende, verschiebeAufWerktag } from '../kalender/frist.ts';
import { verschiebungsText } from './frist.ts';

export interface BekanntgabeEingabe {
  art: 'bekanntgabe';
  rechtsstand?: IsoDatum;
  aufgabeZurPost: IsoDatum;
  land: Land;
  region?: Region;
  fristMonate?: number;
}

export interface BekanntgabeErgebnis {
  bekanntgabe: IsoDatum;
  fiktionTage: number;
  fristEnde?: IsoDatum;
  fristNominalesEnde?: IsoDatum;
}

export const bekanntgabe = pruefungsart<BekanntgabeEingabe, BekanntgabeErgebnis>({
  art: 'bekanntgabe',
  titel: 'Bekanntgabe eines Bescheids (Zugangsfiktion)',
  normen: '§ 37 Abs. 2 SGB X, § 26 SGB X, § 64 SGG',
  schema: pruefungsSchema(
    'bekanntgabe',
    'Bekanntgabefiktion nach § 37 Abs. 2 SGB X',
    {
      aufgabeZurPost: datumSchema('Tag der Aufgabe zur Post bzw. der elektronischen Absendung'),
      land: landSchema('Land, dessen Feiertage für das Ende der Folgefrist gelten'),
      region: regionSchema,
      fristMonate: {
        type: 'integer',
        minimum: 1,
        maximum: 120,
        description: 'Folgefrist in Monaten ab Bekanntgabe (z. B. 1 für Widerspruch oder Klage), optional',
      },
    },
    ['aufgabeZurPost', 'land'],
  ),
  beispiel: { art: 'bekanntgabe', aufgabeZurPost: '2025-01-30', land: 'BB', fristMonate: 1 },
  pruefeWidersprueche(e) {
    return e.region && !istRegionVon(e.land, e.region)
      ? [{ pfad: '/region', meldung: `Die Region ${e.region} gehört nicht zum Land ${e.land}.` }]
      : [];
  },
  berechne(e) {
    const b = new Begruendung();
    const post = datum(e.aufgabeZurPost);
    // § 37 Abs. 2 Satz 1 SGB X: dritter Tag, für Sendungen ab 01.01.2025 vierter Tag (PostModG).
    const wert = wertAmOderFehler(parameter.bekanntgabefiktionTage, datum(e.rechtsstand ?? e.aufgabeZurPost));
    const tage = wert.wert;
    const bekannt = plusTage(post, tage);
    b.norm(
      '§ 37 Abs. 2 Satz 1 SGB X',
      `Ein im Inland durch die Post übermittelter Verwaltungsakt gilt am ${tage === 3 ? 'dritten' : 'vierten'} Tag nach der Aufgabe zur Post als bekannt gegeben; der Tag der Aufgabe (${deutschesDatum(post)}) zählt nicht mit (BSG, Urteil vom 06.05.2010 – B 14 AS 12/09 R). Bekanntgabe: ${wochentagsnamen[wochentag(bekannt)]}, ${deutschesDatum(bekannt)}.`,
      { fundstelle: wert.quelle, ...(wert.beleg ? { beleg: wert.beleg } : {}) },
    );
    if (wochentag(bekannt) >= 5 || kalenderFuer(e.land, e.region).istFeiertag(bekannt))
      b.norm(
        '§ 37 Abs. 2 Satz 1 SGB X',
        'Die Bekanntgabe wird nicht auf den nächsten Werktag verschoben, auch wenn der Tag ein Samstag, Sonntag oder Feiertag ist: § 26 Abs. 3 SGB X gilt nur für das Ende einer Frist, nicht für die Zugangsfiktion (BSG, Urteil vom 06.05.2010 – B 14 AS 12/09 R; a. A. der BFH zu § 122 AO).',
      );
    // Die Vier-Tage-Fiktion stand früher nur in Sekundärquellen; der geltende Wortlaut
    // (gesetze-aktuell, Stand 29.07.2026) bestätigt sie, daher keine offene Rechtsfrage mehr.
    if (tage === 4)
      b.norm(
        '§ 37 Abs. 2 Satz 1 SGB X',
        'Seit dem 01.01.2025 gilt ein durch die Post übermittelter Verwaltungsakt am vierten statt am dritten Tag nach der Aufgabe zur Post als bekannt gegeben (Änderung durch das Postrechtsmodernisierungsgesetz vom 15.07.2024, BGBl. 2024 I Nr. 236); maßgeblich ist der Tag der Aufgabe zur Post.',
        { beleg: 'gesetze-aktuell/sgb-10.md § 37' },
      );
    b.hinweis(
      'ZUGANG_SPAETER_MOEGLICH',
      'Die Fiktion gilt nicht, wenn der Bescheid nicht oder später zugegangen ist; im Zweifel hat die Behörde den Zugang und seinen Zeitpunkt nachzuweisen (§ 37 Abs. 2 Satz 3 SGB X).',
    );
    const ergebnis: BekanntgabeErgebnis = { bekanntgabe: isoDatum(bekannt), fiktionTage: tage };
    if (e.fristMonate !== undefined) {
      const nominal = nominalesFristende(bekannt, { monate: e.fristMonate });
      const v = verschiebeAufWerktag(nominal, kalenderFuer(e.land, e.region));
      ergebnis.fristNominalesEnde = isoDatum(nominal);
      ergebnis.fristEnde = isoDatum(v.ende);
      b.norm(
        '§ 64 Abs. 2 SGG',
        `Die Frist von ${e.fristMonate === 1 ? 'einem Monat' : `${e.fristMonate} Monaten`} beginnt mit dem Tag nach der Bekanntgabe und endet rechnerisch mit Ablauf des ${deutschesDatum(nominal)} (§ 64 Abs. 1, 2 SGG; § 26 Abs. 1 SGB X i. V. m. §§ 187 Abs. 1, 188 Abs. 2 BGB).`,
      );
      b.norm('§ 64 Abs. 3 SGG', `${verschiebungsText(nominal, v, e.land, e.region)} (ebenso § 26 Abs. 3 SGB X)`);
    }
    return b.ergebnis('bekanntgabe', ergebnis);
  },
});
