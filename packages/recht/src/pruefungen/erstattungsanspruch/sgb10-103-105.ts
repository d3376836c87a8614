// § 103 Abs. 3, § 105 Abs. 3 SGB X (gegenüber den Fürsorgeträgern erst ab Kenntnis) und „soweit … nicht
// bereits selbst geleistet“ (§§ 103–105 Abs. 1 SGB X). Die geschützten Träger nennt der Wortlaut der
// Fassung (`l.sgb10`, gewählt in `fassungen.ts`).
import type { Begruendung } from '../../gemeinsam/ergebnis.ts';
import { euro } from '../../gemeinsam/geld.ts';
import { type Tag, datum, deutschesDatum } from '../../kalender/datum.ts';
import { ANFANG, anteilText, aufzaehlung, summe } from './betraege.ts';
import { type Bruch, bruch, kleiner, minus, runde } from './bruch.ts';
import { fuersorgetraegerWortlaut, istFuersorgetraeger, traegerNamen } from './traeger.ts';
import type { Anspruchsart, Grundlage, Lage, Leistung, Sgb10Fassung } from './typen.ts';

/** SGB X i. d. F. vom 18.01.2001: Die Eingliederungshilfe war Sozialhilfe und im Wortlaut nicht genannt. */
export const sgb10Bis2019: Sgb10Fassung = { zusatz: ' a.F.', fuersorgetraeger: fuersorgetraegerWortlaut.bis2019 };

/** Ab 01.01.2020 nennen §§ 103 Abs. 3, 105 Abs. 3 SGB X die Träger der Eingliederungshilfe (Datum nicht verifiziert). */
export const sgb10Ab2020: Sgb10Fassung = { zusatz: '', fuersorgetraeger: fuersorgetraegerWortlaut.ab2020 };

/** Ab 01.01.2024 (SGB XIV): Soziale Entschädigung und Soldatenentschädigung statt Kriegsopferfürsorge. */
export const sgb10Ab2024: Sgb10Fassung = { zusatz: '', fuersorgetraeger: fuersorgetraegerWortlaut.ab2024 };

export const paragraphSgbX: Partial<Record<Anspruchsart, string>> = { 'sgbx-103': '103', 'sgbx-104': '104', 'sgbx-105': '105' };

/**
 * § 103 Abs. 3, § 105 Abs. 3 SGB X: gegenüber den Fürsorgeträgern erst ab ihrer Kenntnis von den
 * Voraussetzungen ihrer Leistungspflicht (der Tag der Kenntnis zählt mit, „von dem Zeitpunkt ab“).
 * Gibt den ersten erstattungsfähigen Tag zurück.
 */
export function kenntnisSchranke(l: Lage, g: Grundlage, b: Begruendung, nurRecht: Leistung[]): Tag {
  const { e } = l;
  const kenntnis = e.verpflichteter.kenntnisVoraussetzungen;
  const para = paragraphSgbX[g.art];
  if (!(para === '103' || para === '105') || !istFuersorgetraeger(e.verpflichteter.art)) {
    if (kenntnis)
      b.hinweis(
        'KENNTNIS_UNERHEBLICH',
        'Die Kenntnis des Verpflichteten begrenzt den Anspruch nur nach § 103 Abs. 3 und § 105 Abs. 3 SGB X gegenüber Trägern der Eingliederungshilfe, der Sozialhilfe, der Kriegsopferfürsorge und der Jugendhilfe; hier nicht gekürzt.',
      );
    return ANFANG;
  }
  const norm = `§ ${para} Abs. 3 SGB X${l.sgb10.zusatz}`;
  if (!kenntnis) {
    b.hinweis(
      'KENNTNIS_VORAUSSETZUNGEN_FEHLT',
      `${norm}: Der Verpflichtete („${traegerNamen[e.verpflichteter.art]}“) gehört zu den geschützten Trägern; erstattet wird erst ab seiner Kenntnis von den Voraussetzungen seiner Leistungspflicht. Der Tag dieser Kenntnis ist nicht angegeben; gerechnet ist ohne Kürzung.`,
    );
    return ANFANG;
  }
  const ab = datum(kenntnis);
  const gekuerzt = nurRecht.filter((x) => datum(x.von) < ab);
  const kuerzung = minus(summe(gekuerzt, ANFANG), summe(gekuerzt, ab));
  const einzeln = aufzaehlung(gekuerzt.map((x) => `${deutschesDatum(datum(x.von))}–${deutschesDatum(datum(x.bis))}: ${anteilText(x, ab)}`));
  b.norm(
    norm,
    `Der Verpflichtete gehört zu den Trägern, die Abs. 3 nennt (${l.sgb10.fuersorgetraeger}). Ihm gegenüber gilt der Anspruch erst von dem Zeitpunkt an, von dem ihm bekannt war, dass die Voraussetzungen seiner Leistungspflicht vorlagen: hier ab ${deutschesDatum(ab)} (dieser Tag zählt mit). ${
      gekuerzt.length === 0
        ? 'Alle Zeiträume liegen danach; es wird nicht gekürzt.'
        : `Gekürzt um ${euro(runde(kuerzung))} (${einzeln}); ein teilweise erfasster Zeitraum zählt anteilig nach Kalendertagen.`
    }`,
  );
  if (gekuerzt.some((x) => datum(x.bis) >= ab))
    b.hinweis(
      'PRO_RATA_KALENDERTAGE',
      'Festlegung des Regelwerks: Ein Zeitraum, der nur teilweise nach der Kenntnis liegt, ist nach Kalendertagen anteilig gekürzt.',
    );
  return ab;
}

/** §§ 103–105 SGB X: „soweit dieser nicht bereits selbst geleistet hat, bevor er … Kenntnis erlangt hat“. */
export function selbstGeleistetAbziehen(l: Lage, g: Grundlage, b: Begruendung, betrag: Bruch): Bruch {
  const selbst = l.e.verpflichteter.selbstGeleistetCent;
  if (selbst === undefined || selbst === 0) return betrag;
  const para = paragraphSgbX[g.art];
  if (!para) {
    b.hinweis(
      'SELBST_GELEISTET_UNERHEBLICH',
      'Eigene Leistungen des Verpflichteten mindern nur Ansprüche nach §§ 103–105 SGB X („soweit … nicht bereits selbst geleistet“); hier nicht abgezogen.',
    );
    return betrag;
  }
  const abzug = kleiner(betrag, bruch(BigInt(selbst))) ? betrag : bruch(BigInt(selbst));
  b.norm(
    `§ ${para} Abs. 1 Satz 1 SGB X`,
    `Erstattungspflichtig ist der Verpflichtete nur, soweit er nicht bereits selbst geleistet hat, bevor er von der Leistung des anderen Trägers Kenntnis erlangte: abgezogen ${euro(runde(abzug))}.`,
  );
  return minus(betrag, abzug);
}
