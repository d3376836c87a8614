// § 98 SGB IX (ab 01.01.2020, Entscheidungstabelle DT-98-IX): Ablauf der Entscheidung und die
// Übergangsregel des Absatzes 5 für Leistungsbezieher vom 31.12.2019, die auf § 98 SGB XII a.F.
// verweist (`sgb12-98-bis-2019.ts`). Die Absätze stehen in eigenen Modulen: `sgb9-98-abs1.ts`
// (Absätze 1, 3, 4), `sgb9-98-abs2.ts`, `sgb9-98-fortdauer.ts` und `sgb9-98-leistungsbezug.ts`.
import type { Begruendung } from '../../gemeinsam/ergebnis.ts';
import { rechtsstaende } from '../../gemeinsam/parameter.ts';
import { datum } from '../../kalender/datum.ts';
import { istTagUndNacht } from './bausteine.ts';
import { sachlichNachSgb9 } from './sachlich-sgb9-94.ts';
import { nachSgbXII } from './sgb12-98-bis-2019.ts';
import { antragIX, anknuepfungSgbIX, fallLeistung, geburtIX, tagUndNachtIX } from './sgb9-98-abs1.ts';
import { absatz2IX } from './sgb9-98-abs2.ts';
import { begruendeNeufeststellung, fortdauer } from './sgb9-98-fortdauer.ts';
import { type Leistungsfall, leistungsfall } from './sgb9-98-leistungsbezug.ts';
import type { Entscheidung, Fakten, OertlichesRecht } from './typen.ts';
import { d, enthaelt } from './zeitleisten.ts';

/** § 98 Abs. 5 SGB IX: SGB-XII-Leistung am 31.12.2019 und Leistung nach Teil 2 ab 01.01.2020. */
function uebergangsfall(f: Fakten, fall: Leistungsfall): boolean {
  const silvester = datum('2019-12-31');
  const neujahr = datum(rechtsstaende.eingliederungshilfeSgb9);
  if (f.stichtag < neujahr) return false;
  const imFall = fall.phasen.some((p) => enthaelt(p, silvester) && enthaelt(p, neujahr));
  return imFall && f.leistungen.some((l) => enthaelt(l, silvester)) && f.leistungen.some((l) => enthaelt(l, neujahr));
}

export function nachSgbIX(f: Fakten, b: Begruendung): Entscheidung {
  const fall = leistungsfall(f);
  begruendeNeufeststellung(fall, b);
  if (uebergangsfall(f, fall)) {
    const neujahr = datum(rechtsstaende.eingliederungshilfeSgb9);
    b.norm(
      '§ 98 Abs. 5 Satz 1 SGB IX',
      'Die Person bezog am 31.12.2019 Eingliederungshilfe nach dem Sechsten Kapitel SGB XII und erhält ab 01.01.2020 Leistungen nach Teil 2 SGB IX. Zuständig ist der Träger, der sich am 01.01.2020 in entsprechender Anwendung von § 98 Abs. 1 Satz 1 oder Abs. 5 SGB XII oder von § 98 Abs. 2 Satz 1 und 2 SGB XII ergibt.',
    );
    const alt = nachSgbXII(f, neujahr, 'uebergang', b, 0);
    if (alt && !alt.vorlaeufig) {
      const e: Entscheidung = { ...alt, grundlage: '§ 98 Abs. 5 Satz 1 SGB IX', anknuepfung: 'uebergang' };
      return fortdauer(f, fall, e, b);
    }
    b.norm(
      '§ 98 Abs. 5 Satz 3 SGB IX',
      'Die entsprechende Anwendung des SGB XII ergibt keinen Träger; im Übrigen bleiben die Absätze 2 bis 4 unberührt.',
    );
  }
  const start = fallLeistung(f, fall, b);
  const tagUndNacht = !!start && istTagUndNacht(start.leistung.form);
  // Bei Leistungen über Tag und Nacht zählt nicht der Antrag, sondern der Beginn der Leistung
  // (§ 98 Abs. 1 Satz 1 Alt. 2 SGB IX); der Antrag bleibt nur für die vier Wochen des Absatzes 2.
  const punkt = anknuepfungSgbIX(f, fall, b, !tagUndNacht);
  let kandidat = geburtIX(f, start, b);
  if (!kandidat && start && tagUndNacht) kandidat = tagUndNachtIX(f, { form: start.leistung.form, von: start.beginn }, b);
  else if (!kandidat) kandidat = antragIX(f, punkt, b);
  const e = absatz2IX(f, fall, punkt, kandidat, b);
  return e.vorlaeufig ? e : fortdauer(f, fall, e, b);
}

export const sgb9: OertlichesRecht = {
  recht: 'SGB IX',
  einleitung: (stichtag, vorgabe) => ({
    norm: '§ 98 SGB IX',
    text: `Gefragt ist nach der Zuständigkeit am ${d(stichtag)}. Seit dem 01.01.2020 ist die Eingliederungshilfe in Teil 2 des SGB IX geregelt; die örtliche Zuständigkeit richtet sich nach § 98 SGB IX.${vorgabe}`,
  }),
  entscheide: nachSgbIX,
  betreutesWohnenUngeprueft: null,
  sachlich: sachlichNachSgb9,
};
