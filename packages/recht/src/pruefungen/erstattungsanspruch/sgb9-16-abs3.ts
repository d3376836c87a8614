// § 16 Abs. 3 Satz 1 SGB IX (ab 01.01.2018): Verwaltungskostenpauschale auf die Leistungsaufwendungen.
// Der Satz ist ein datierter Parameter (`gemeinsam/parameter.ts`).
import { type Cent, cent, euro } from '../../gemeinsam/geld.ts';
import { parameter, wertAmOderFehler } from '../../gemeinsam/parameter.ts';
import { type Bruch, bruch, mal, runde } from './bruch.ts';
import type { Grundlage, Lage } from './typen.ts';

export function pauschaleSatz(l: Lage, g: Grundlage): number {
  return g.art === 'sgb9-16' ? wertAmOderFehler(parameter.verwaltungskostenpauschale, l.stand).wert : 0;
}

/** § 16 Abs. 3 Satz 1 SGB IX: 5 % der erstattungsfähigen Leistungsaufwendungen, aus dem ungerundeten Betrag. */
export function pauschaleNach16(l: Lage, g: Grundlage, betrag: Bruch, bagatelle: boolean): Cent {
  if (g.art !== 'sgb9-16') return cent(0);
  const { b } = l;
  const satz = pauschaleSatz(l, g);
  const pauschale = bagatelle ? cent(0) : runde(mal(betrag, bruch(BigInt(satz), 100n)));
  b.norm(
    '§ 16 Abs. 3 SGB IX',
    `Der Erstattungsanspruch umfasst die Leistungsaufwendungen und eine Verwaltungskostenpauschale von ${satz} % der erstattungsfähigen Leistungsaufwendungen; zu Unrecht und grob fahrlässig oder vorsätzlich erbrachte Leistungen sind ausgenommen.`,
  );
  b.norm(
    '§ 16 Abs. 3 Satz 1 SGB IX',
    bagatelle
      ? 'Da keine Erstattung erfolgt (§ 110 Satz 2 SGB X), entfällt auch die Pauschale.'
      : `${satz} % von ${euro(runde(betrag))} = ${euro(pauschale)}.`,
  );
  return pauschale;
}
