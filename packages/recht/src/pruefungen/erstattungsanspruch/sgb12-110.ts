// § 110 Abs. 2 Satz 1 SGB XII: keine Erstattung unter 2.560 Euro je Zeitraum von bis zu zwölf Monaten
// zwischen Trägern der Sozialhilfe. Wer Träger der Sozialhilfe ist, sagt die Fassung der
// Eingliederungshilfe (`l.egh`): bis 31.12.2019 auch der Träger der Eingliederungshilfe.
import { euro } from '../../gemeinsam/geld.ts';
import { parameter, wertAmOderFehler } from '../../gemeinsam/parameter.ts';
import { type Tag, datum, deutschesDatum, plusMonate, plusTage, spaeter } from '../../kalender/datum.ts';
import { aufzaehlung, summeZwischen } from './betraege.ts';
import { type Bruch, NULL_BRUCH, kleiner, minus, plus, runde } from './bruch.ts';
import type { TraegerArt } from './traeger.ts';
import type { Grundlage, Lage } from './typen.ts';
import type { Summen } from './umfang.ts';

export interface SozialhilfeGrenze {
  erstattungsfaehig: Bruch;
  /** Die Grenze schließt die ganze Erstattung aus. */
  ausgeschlossen: boolean;
}

/**
 * § 110 Abs. 2 Satz 1 SGB XII: Im Verhältnis der Sozialhilfeträger untereinander werden Kosten unter
 * 2.560 Euro, bezogen auf einen Zeitraum der Leistungserbringung von bis zu zwölf Monaten, nicht
 * erstattet. Nach Hessischem LSG (L 4 SO 95/16) und SG Kassel (S 11 SO 137/15) gilt das auch für
 * Ansprüche nach §§ 102 ff. SGB X (recht.md §4.3). Für die Eingliederungshilfe nur bis 31.12.2019, als sie
 * Sozialhilfe war. Geprüft wird je Zeitraum von zwölf Monaten ab dem ersten erstattungsfähigen Tag.
 * RECHTSFRAGE: ob die Grenze für §§ 102–105 SGB X gilt.
 */
export function sozialhilfeGrenze(l: Lage, g: Grundlage, summen: Summen, betragOhneGrenze: () => number): SozialhilfeGrenze {
  const { b, e } = l;
  const unveraendert = { erstattungsfaehig: summen.erstattungsfaehig, ausgeschlossen: false };
  // Die Eingliederungshilfe war bis 31.12.2019 Sozialhilfe; danach gilt die Grenze nur noch zwischen Sozialhilfeträgern.
  const sozialhilfe = (a: TraegerArt): boolean => l.egh.istSozialhilfetraeger(a);
  const sgbX = g.art === 'sgbx-102' || g.art === 'sgbx-103' || g.art === 'sgbx-104' || g.art === 'sgbx-105';
  if (l.ohneSozialhilfeGrenze || !sgbX || !sozialhilfe(e.zahlender.art) || !sozialhilfe(e.verpflichteter.art)) return unveraendert;
  if (summen.nurRecht.length === 0 || summen.erstattungsfaehig.z <= 0n) return unveraendert;
  const grenze = wertAmOderFehler(parameter.bagatellgrenzeSozialhilfeAltesRecht, l.stand).wert;
  const beginn = summen.nurRecht.reduce((m, x) => Math.min(m, spaeter(datum(x.von), summen.ab)), Number.MAX_SAFE_INTEGER) as Tag;
  const ende = summen.nurRecht.reduce((m, x) => Math.max(m, datum(x.bis)), 0) as Tag;
  let ausgeschieden = NULL_BRUCH;
  const zeilen: string[] = [];
  for (let k = 0; ; k++) {
    const von = plusMonate(beginn, 12 * k);
    if (von > ende) break;
    const bis = plusTage(plusMonate(beginn, 12 * (k + 1)), -1);
    const betrag = summeZwischen(summen.nurRecht, spaeter(von, summen.ab), bis);
    if (betrag.z <= 0n) continue;
    const unter = runde(betrag) < grenze;
    if (unter) ausgeschieden = plus(ausgeschieden, betrag);
    zeilen.push(
      `${deutschesDatum(von)}–${deutschesDatum(bis < ende ? bis : ende)}: ${euro(runde(betrag))}${unter ? ', unter der Grenze, nicht erstattet' : ''}`,
    );
  }
  const rest = kleiner(summen.erstattungsfaehig, ausgeschieden) ? NULL_BRUCH : minus(summen.erstattungsfaehig, ausgeschieden);
  b.norm(
    '§ 110 Abs. 2 Satz 1 SGB XII',
    `Zahlender und erstattungspflichtiger Träger sind Träger der Sozialhilfe${l.egh.sozialhilfeZusatz}. Im Verhältnis der Sozialhilfeträger untereinander werden Kosten unter ${euro(grenze)}, bezogen auf einen Zeitraum der Leistungserbringung von bis zu zwölf Monaten, nicht erstattet; das gilt auch für Erstattungsansprüche nach §§ 102 ff. SGB X (Hessisches LSG, Urteil – L 4 SO 95/16; SG Kassel, Gerichtsbescheid vom 12.04.2016 – S 11 SO 137/15). ${aufzaehlung(zeilen)}.`,
  );
  if (ausgeschieden.z <= 0n) return unveraendert;
  const mitGrenze = runde(rest);
  const ohneGrenze = betragOhneGrenze();
  b.rechtsfrage(
    'BAGATELLGRENZE_SOZIALHILFETRAEGER',
    `Gilt die Grenze des § 110 Abs. 2 Satz 1 SGB XII (${euro(grenze)} je Zeitraum von bis zu zwölf Monaten) auch für Erstattungsansprüche nach §§ 102–105 SGB X zwischen zwei Trägern der Sozialhilfe? Angewandt ist sie, wie es das Hessische LSG (Urteil – L 4 SO 95/16; Revision zum BSG: B 8 SO 10/17 R) und das SG Kassel (Gerichtsbescheid vom 12.04.2016 – S 11 SO 137/15) entschieden haben, weil die Vorschrift die Erstattung im Verhältnis der Sozialhilfeträger untereinander allgemein begrenzt: Leistungen ${euro(mitGrenze)}. Nach der anderen Lesart gilt die Grenze nur für die Kostenerstattung nach §§ 106–108 SGB XII; dann wären ${euro(ohneGrenze)} zu erstatten.`,
  );
  return { erstattungsfaehig: rest, ausgeschlossen: rest.z <= 0n };
}
