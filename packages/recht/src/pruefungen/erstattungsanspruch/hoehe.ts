// Höhe der Erstattung (recht.md §4.4 Nr. 6): Grenzen in dieser Reihenfolge – § 110 Abs. 2 SGB XII,
// § 110 SGB X, § 109 SGB X, § 16 Abs. 3 SGB IX – und der Betrag nach einer anderen Grundlage oder Lesart
// für die Vergleiche in offenen Rechtsfragen.
import { Begruendung } from '../../gemeinsam/ergebnis.ts';
import { type Cent, cent } from '../../gemeinsam/geld.ts';
import { runde } from './bruch.ts';
import { auslagenNach109, bagatellpruefung } from './sgb10-109-110.ts';
import { sozialhilfeGrenze } from './sgb12-110.ts';
import { pauschaleNach16 } from './sgb9-16-abs3.ts';
import type { Grundlage, Lage } from './typen.ts';
import { type Summen, leistungsaufwendungen } from './umfang.ts';

interface Grenzen {
  leistungenCent: Cent;
  pauschaleCent: Cent;
  auslagenCent: Cent;
  bagatelle: boolean;
}

/** § 110, § 109 SGB X und § 16 Abs. 3 SGB IX, in dieser Reihenfolge (recht.md §4.4 Nr. 6.3–6.5). */
export function grenzen(l: Lage, g: Grundlage, summen: Summen): Grenzen {
  const sh = sozialhilfeGrenze(l, g, summen, () => betragFuer(l, g, true));
  const erstattungsfaehig = sh.erstattungsfaehig;
  const bagatelle = sh.ausgeschlossen || bagatellpruefung(l, g, erstattungsfaehig);
  const auslagenCent = auslagenNach109(l, g, bagatelle);
  const pauschaleCent = pauschaleNach16(l, g, erstattungsfaehig, bagatelle);
  return { leistungenCent: bagatelle ? cent(0) : runde(erstattungsfaehig), pauschaleCent, auslagenCent, bagatelle };
}

/** Erstattungsbetrag nach einer anderen Grundlage oder Lesart, ohne Begründung (für RECHTSFRAGE-Vergleiche). */
export function betragFuer(l: Lage, g: Grundlage, ohneSozialhilfeGrenze = false): number {
  if (g.art === 'keine') return 0;
  const still: Lage = { ...l, b: new Begruendung(), ohneSozialhilfeGrenze: ohneSozialhilfeGrenze || (l.ohneSozialhilfeGrenze ?? false) };
  const r = grenzen(still, g, leistungsaufwendungen(still, g));
  return r.leistungenCent + r.pauschaleCent + r.auslagenCent;
}
