// Sachliche Zuständigkeit bis 31.12.2019 (recht.md §3.3): § 97 SGB XII a.F. und das Ausführungsrecht der
// Länder; für Bayern die Tabelle in `sachlich-by-agsg.ts`. Dazu der Hinweis auf die offene Frage zu
// Art. 82 Abs. 2 AGSG, wenn der Träger ein bayerischer Bezirk ist, aber nicht nach der sachlichen
// Zuständigkeit gefragt wurde.
import type { Begruendung } from '../../gemeinsam/ergebnis.ts';
import { fassungAm } from '../../gemeinsam/fassung.ts';
import type { Tag } from '../../kalender/datum.ts';
import { landesnamen } from '../../kalender/feiertage.ts';
import { istTagUndNacht } from './bausteine.ts';
import { bayerischesAusfuehrungsrechtSgb12, istBayerischerBezirk } from './sachlich-by-agsg.ts';
import type { Fakten, Leistungsform, SachlicheZustaendigkeit } from './typen.ts';
import { q } from './zeitleisten.ts';

export function sachlichNachSgb12(
  f: Fakten,
  T: Tag,
  form: Leistungsform | undefined,
  bwBestanden: boolean | undefined,
  b: Begruendung,
): SachlicheZustaendigkeit | undefined {
  const s = f.e.sachlich;
  if (!s) return undefined;
  const hzp = s.hilfeZurPflege === true;
  const stationaer = form !== undefined && istTagUndNacht(form);
  const land = s.land;
  const bayern = land === 'BY' ? fassungAm(bayerischesAusfuehrungsrechtSgb12, T) : null;
  if (bayern) return bayern(land, hzp, stationaer, form, bwBestanden, b);
  b.norm(
    '§ 97 Abs. 2 SGB XII a.F.',
    `Sachlich zuständig ist der örtliche Träger, soweit nicht das Landesrecht von ${landesnamen[land]} den überörtlichen Träger bestimmt; ohne landesrechtliche Bestimmung war der überörtliche Träger für die Eingliederungshilfe zuständig (§ 97 Abs. 3 Nr. 1 SGB XII a.F.).${stationaer ? ' Die Zuständigkeit für die stationäre Leistung umfasst gleichzeitig zu erbringende Leistungen anderer Kapitel (§ 97 Abs. 4 SGB XII).' : ''}`,
  );
  if (land === 'BY') b.hinweis('LANDESRECHT_NICHT_HINTERLEGT', 'Das bayerische Ausführungsrecht vor dem 01.01.2008 ist nicht hinterlegt.');
  if (land === 'BB')
    b.rechtsfrage(
      'OQ-2',
      'Aufteilung der sachlichen Zuständigkeit in Brandenburg zwischen überörtlichem und örtlichem Träger ist nicht geklärt.',
    );
  return {
    land,
    eingliederungshilfe: 'nachLandesrecht',
    ...(hzp ? { hilfeZurPflege: 'nachLandesrecht' as const } : {}),
    grundlage: stationaer ? '§ 97 Abs. 2, 4 SGB XII' : '§ 97 Abs. 1–3 SGB XII',
  };
}

/** OQ-7 ohne Angaben zur sachlichen Zuständigkeit: nur als Hinweis, wenn der Träger ein bayerischer Bezirk ist. */
export function oq7OhneAngaben(f: Fakten, T: Tag, traeger: string, form: Leistungsform | undefined, b: Begruendung): void {
  if (
    f.e.sachlich ||
    fassungAm(bayerischesAusfuehrungsrechtSgb12, T) === null ||
    form !== 'betreutesWohnen' ||
    !istBayerischerBezirk(traeger)
  )
    return;
  b.rechtsfrage(
    'OQ-7',
    `${q(traeger)} ist ein bayerischer Bezirk. Ob er nach Art. 82 Abs. 2 AGSG i. V. m. § 97 Abs. 4 SGB XII auch die ambulante Hilfe zur Pflege trägt, ist streitig: weite Auslegung (BayLSG, Urteil vom 21.01.2016 – L 8 SO 235/14) gegen einschränkende Auslegung (BayLSG, Urteil vom 20.12.2016 – L 8 SO 241/14). Für die sachliche Zuständigkeit bitte zusätzlich die sachliche Zuständigkeit prüfen lassen.`,
  );
}
