// Bayern unter dem SGB XII: Art. 82 AGSG (ab 01.01.2008) – die Bezirke als überörtliche Träger sind für die
// Eingliederungshilfe sachlich zuständig, mit § 97 Abs. 4 SGB XII a.F. auch für die Hilfe zur Pflege im
// Gesamtfall (Art. 82 Abs. 2 AGSG). Das bayerische Ausführungsrecht vor 2008 ist nicht hinterlegt: die
// Tabelle hat dafür keine Regel (`null`), es bleibt bei § 97 SGB XII a.F.
import type { Begruendung } from '../../gemeinsam/ergebnis.ts';
import { type Fassungstabelle, fruehesterTag } from '../../gemeinsam/fassung.ts';
import type { Land } from '../../kalender/feiertage.ts';
import type { Leistungsform, SachlicheZustaendigkeit } from './typen.ts';

export const bayerischeBezirke = [
  'oberbayern',
  'niederbayern',
  'oberpfalz',
  'oberfranken',
  'mittelfranken',
  'unterfranken',
  'schwaben',
] as const;

/** Nennt das Gebiet einen der sieben bayerischen Bezirke? (nur als Anhaltspunkt für OQ-7) */
export function istBayerischerBezirk(gebiet: string): boolean {
  const n = gebiet.toLowerCase();
  return bayerischeBezirke.some((bz) => n.includes(bz));
}

/** Art. 82 AGSG für das Land `land` (immer Bayern). */
export type BayerischesAusfuehrungsrecht = (
  land: Land,
  hzp: boolean,
  stationaer: boolean,
  form: Leistungsform | undefined,
  bwBestanden: boolean | undefined,
  b: Begruendung,
) => SachlicheZustaendigkeit;

function agsgArt82(
  land: Land,
  hzp: boolean,
  stationaer: boolean,
  form: Leistungsform | undefined,
  bwBestanden: boolean | undefined,
  b: Begruendung,
): SachlicheZustaendigkeit {
  b.norm(
    'Art. 82 Abs. 1 Satz 1 AGSG',
    `In Bayern sind die Bezirke als überörtliche Träger der Sozialhilfe sachlich zuständig für alle Leistungen der Eingliederungshilfe nach dem Sechsten Kapitel SGB XII (Nr. 1) und für alle übrigen Leistungen in stationären oder teilstationären Einrichtungen (Nr. 2).`,
  );
  if (!hzp) return { land, eingliederungshilfe: 'ueberoertlich', grundlage: 'Art. 82 Abs. 1 Satz 1 Nr. 1 AGSG' };
  if (stationaer) {
    b.norm(
      '§ 97 Abs. 4 SGB XII a.F.',
      'Die Zuständigkeit für die stationäre Leistung umfasst die gleichzeitig zu erbringende Hilfe zur Pflege.',
    );
    return {
      land,
      eingliederungshilfe: 'ueberoertlich',
      hilfeZurPflege: 'ueberoertlich',
      grundlage: 'Art. 82 Abs. 1 Satz 1 Nr. 2 AGSG, § 97 Abs. 4 SGB XII',
    };
  }
  if (form === 'betreutesWohnen') {
    b.norm(
      'Art. 82 Abs. 2 AGSG',
      '§ 97 Abs. 4 SGB XII gilt entsprechend, wenn Eingliederungshilfe durch Betreuung in einer Wohngemeinschaft oder in betreutem Einzelwohnen erbracht wird. Nach der weiten Auslegung (BayLSG, Urteil vom 21.01.2016 – L 8 SO 235/14; BayLSG, Urteil vom 21.02.2013 – L 18 SO 85/10) genügt jeder Anteil an Eingliederungshilfe in dieser Wohnform; auf den Schwerpunkt kommt es anders als bei § 98 Abs. 5 SGB XII nicht an.',
    );
    b.norm(
      '§ 97 Abs. 4 SGB XII a.F.',
      'Der Bezirk ist damit für den Gesamtfall zuständig: für die Eingliederungshilfe und die ambulante Hilfe zur Pflege. Leistungen der Pflegekasse gehen vor und mindern den Umfang (§ 2 Abs. 1 SGB XII); die Grundsicherung ist nicht Gegenstand dieser Bündelung in der Prüfung.',
    );
    b.rechtsfrage(
      'OQ-7',
      `Art. 82 Abs. 2 AGSG: weite Auslegung (BayLSG, Urteil vom 21.01.2016 – L 8 SO 235/14) gegen die einschränkende Auslegung (BayLSG, Urteil vom 20.12.2016 – L 8 SO 241/14), die eine Ausrichtung auf Selbständigkeit und Selbstbestimmung im Alltag verlangt.${bwBestanden === false ? ' Nach den Betreuungsanteilen ist die Teilhabe nicht Hauptziel; nach der einschränkenden Auslegung bliebe die ambulante Hilfe zur Pflege beim örtlichen Träger.' : ''}`,
      { fundstelle: 'BayLSG, Urteil vom 21.01.2016 – L 8 SO 235/14', beleg: 'SEED-002' },
    );
    return {
      land,
      eingliederungshilfe: 'ueberoertlich',
      hilfeZurPflege: 'ueberoertlich',
      grundlage: 'Art. 82 Abs. 2 AGSG i. V. m. § 97 Abs. 4 SGB XII',
    };
  }
  b.norm(
    '§ 97 Abs. 1 SGB XII a.F.',
    'Die ambulante Hilfe zur Pflege fällt nicht unter Art. 82 Abs. 1 AGSG; Art. 82 Abs. 2 AGSG greift nur bei Betreuung in einer Wohngemeinschaft oder in betreutem Einzelwohnen. Für sie bleibt der örtliche Träger zuständig.',
  );
  return {
    land,
    eingliederungshilfe: 'ueberoertlich',
    hilfeZurPflege: 'oertlich',
    grundlage: 'Art. 82 Abs. 1 Satz 1 Nr. 1 AGSG, § 97 Abs. 1 SGB XII',
  };
}

/** Bayerisches Ausführungsrecht zum SGB XII, nach dem Stichtag gewählt. */
export const bayerischesAusfuehrungsrechtSgb12: Fassungstabelle<BayerischesAusfuehrungsrecht | null> = [
  { gueltigAb: fruehesterTag, regel: null, quelle: 'vor 2008 nicht hinterlegt' },
  { gueltigAb: '2008-01-01', regel: agsgArt82, quelle: 'AGSG vom 08.12.2006 (GVBl. S. 942), Art. 82' },
];
