// Erstattungsfähige Leistungsaufwendungen vor den Grenzen (recht.md §4.4 Nr. 6.1–6.2): die Norm, die den
// Umfang bestimmt, zu Unrecht erbrachte Leistungen, Kenntnis und eigene Leistungen des Verpflichteten.
import { Begruendung } from '../../gemeinsam/ergebnis.ts';
import { euro } from '../../gemeinsam/geld.ts';
import { type Tag, datum, spaeter } from '../../kalender/datum.ts';
import { ANFANG, aufzaehlung, betragAb, summe, tageVereinigt, zeitraumText } from './betraege.ts';
import { type Bruch, runde } from './bruch.ts';
import { kenntnisSchranke, selbstGeleistetAbziehen } from './sgb10-103-105.ts';
import type { Anspruchsart, Grundlage, Lage, Leistung } from './typen.ts';

/** Die Norm, die den Umfang der Erstattung bestimmt. */
export const umfangNorm: Record<Anspruchsart, string> = {
  'sgb9-16': '§ 16 Abs. 1 SGB IX',
  'sgb9-14-af': '§ 14 Abs. 4 Satz 1 SGB IX a.F.',
  'sgb9-98': '§ 98 Abs. 2 Satz 2 SGB IX',
  'sgb12-106-af': '§ 110 Abs. 1 SGB XII a.F.',
  'sgbx-102': '§ 102 Abs. 2 SGB X',
  'sgbx-103': '§ 103 Abs. 2 SGB X',
  'sgbx-104': '§ 104 Abs. 3 SGB X',
  'sgbx-105': '§ 105 Abs. 2 SGB X',
  keine: '§ 16 Abs. 1 SGB IX',
};

export interface Summen {
  erstattungsfaehig: Bruch;
  tage: number;
  /** Erster erstattungsfähiger Tag (§ 103 Abs. 3, § 105 Abs. 3 SGB X). */
  ab: Tag;
  /** Die nicht grob fahrlässig zu Unrecht erbrachten Leistungen. */
  nurRecht: Leistung[];
}

/** Sonderregeln (§ 98 SGB IX, § 106 SGB XII a.F., § 14 SGB IX a.F.), auf die §§ 109, 110 SGB X nur ergänzend passen. */
export function istSondererstattung(g: Grundlage): boolean {
  return g.art === 'sgb9-98' || g.art === 'sgb12-106-af' || g.art === 'sgb9-14-af';
}

/** § 16 Abs. 3 Satz 2 SGB IX; für die anderen Grundlagen entsprechend [DESIGN]. */
function zuUnrechtAusschliessen(b: Begruendung, g: Grundlage, zuUnrecht: Leistung[]): void {
  if (zuUnrecht.length === 0) return;
  const weg = euro(runde(summe(zuUnrecht, ANFANG)));
  if (g.art === 'sgb9-16') {
    b.norm(
      '§ 16 Abs. 3 Satz 2 SGB IX',
      `Aufwendungen von ${weg} wurden zu Unrecht erbracht, und der leistende Träger handelte grob fahrlässig oder vorsätzlich; insoweit besteht keine Erstattungspflicht, auch nicht für die Pauschale.`,
    );
    return;
  }
  b.norm(
    umfangNorm[g.art],
    `Aufwendungen von ${weg} wurden zu Unrecht und grob fahrlässig oder vorsätzlich erbracht; sie sind nicht erstattungsfähig.`,
  );
  b.hinweis(
    'ZU_UNRECHT_AUSGESCHLOSSEN',
    `Festlegung des Regelwerks: Grob fahrlässig zu Unrecht erbrachte Leistungen sind auch außerhalb von § 16 Abs. 3 Satz 2 SGB IX nicht erstattet: Erstattet wird nur, was der Verpflichtete nach dem maßgebenden Recht hätte leisten müssen (${umfangNorm[g.art]}).`,
  );
}

/** Erstattungsfähige Leistungsaufwendungen vor § 110 SGB X (recht.md §4.4 Nr. 6.1–6.2). */
export function leistungsaufwendungen(l: Lage, g: Grundlage): Summen {
  const { e } = l;
  // Ohne Anspruch werden die Beträge nur zur Information gerechnet; die Begründung endet mit der Sperrnorm.
  const b = g.art === 'keine' ? new Begruendung() : l.b;
  b.norm(
    umfangNorm[g.art],
    `Geltend gemacht sind Aufwendungen von ${euro(runde(summe(e.leistungen, ANFANG)))}: ${aufzaehlung(e.leistungen.map((x) => zeitraumText(x, betragAb(x, ANFANG))))}.`,
  );
  if (e.leistungen.some((x) => x.je === 'monat'))
    b.hinweis(
      'PRO_RATA_KALENDERTAGE',
      'Festlegung des Regelwerks: Monatsbeträge sind für angebrochene Monate nach Kalendertagen des jeweiligen Monats anteilig berechnet; gerundet wird einmal am Ende.',
    );
  const nurRecht = e.leistungen.filter((x) => !x.grobFahrlaessigZuUnrecht);
  zuUnrechtAusschliessen(
    b,
    g,
    e.leistungen.filter((x) => x.grobFahrlaessigZuUnrecht),
  );
  const ab = kenntnisSchranke(l, g, b, nurRecht);
  const erstattungsfaehig = selbstGeleistetAbziehen(l, g, b, summe(nurRecht, ab));
  const zeitraeume: [Tag, Tag][] = nurRecht.map((x) => [spaeter(datum(x.von), ab), datum(x.bis)]);
  return { erstattungsfaehig, tage: tageVereinigt(zeitraeume), ab, nurRecht };
}
