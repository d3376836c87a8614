// § 110 SGB X (Pauschalierung, keine Erstattung unter der Grenze) und § 109 SGB X (Verwaltungskosten nie,
// Auslagen über der Schwelle). Grenze und Schwelle sind datierte Parameter (`gemeinsam/parameter.ts`).
import { type Cent, cent, euro } from '../../gemeinsam/geld.ts';
import { parameter, wertAmOderFehler } from '../../gemeinsam/parameter.ts';
import { type Bruch, bruch, mal, runde } from './bruch.ts';
import { pauschaleSatz } from './sgb9-16-abs3.ts';
import type { Grundlage, Lage } from './typen.ts';
import { istSondererstattung } from './umfang.ts';

/** § 110 Satz 2, 3 SGB X: keine Erstattung unter der (gesetzlichen oder höher vereinbarten) Grenze. */
export function bagatellpruefung(l: Lage, g: Grundlage, betrag: Bruch): boolean {
  const { b, e } = l;
  const leistungen = runde(betrag);
  const gesetzlich: number = wertAmOderFehler(parameter.bagatellgrenze, l.stand).wert;
  const vereinbart = e.bagatellgrenzeCent;
  b.norm(
    '§ 110 SGB X',
    `Erstattungsansprüche sind pauschal abzugelten, soweit zweckmäßig; beträgt ein Anspruch im Einzelfall voraussichtlich weniger als ${euro(gesetzlich)}, erfolgt keine Erstattung. Die Träger können höhere Beträge vereinbaren.`,
  );
  let grenze = gesetzlich;
  if (vereinbart !== undefined && vereinbart > gesetzlich) {
    grenze = vereinbart;
    b.norm('§ 110 Satz 3 SGB X', `Die Träger haben eine höhere Grenze von ${euro(vereinbart)} vereinbart.`);
    b.hinweis(
      'BAGATELLGRENZE_VEREINBART',
      'Festlegung des Regelwerks: Auch für die vereinbarte Grenze gilt „weniger als“: Ein Anspruch genau in Höhe der Grenze wird erstattet.',
    );
  } else if (vereinbart !== undefined && vereinbart < gesetzlich)
    b.hinweis(
      'BAGATELLGRENZE_UNTER_GESETZ',
      `Vereinbart werden können nur höhere Beträge als ${euro(gesetzlich)} (§ 110 Satz 3 SGB X); die angegebene Grenze von ${euro(vereinbart)} ist nicht angewandt.`,
    );
  // „weniger als“: genau die Grenze wird erstattet; ohne erstattungsfähigen Betrag ist nichts zu prüfen.
  const bagatelle = leistungen > 0 && leistungen < grenze;
  b.norm(
    '§ 110 Satz 2 SGB X',
    bagatelle
      ? `Der Anspruch von ${euro(leistungen)} liegt unter ${euro(grenze)}; es erfolgt keine Erstattung.`
      : `Der Anspruch von ${euro(leistungen)} liegt nicht unter ${euro(grenze)}${leistungen === 0 ? ' (kein erstattungsfähiger Betrag)' : ''}.`,
  );
  if (bagatelle && g.art === 'sgb9-16') {
    const mitPauschale = runde(mal(betrag, bruch(BigInt(100 + pauschaleSatz(l, g)), 100n)));
    if (mitPauschale >= grenze)
      b.hinweis(
        'BAGATELLE_VOR_PAUSCHALE',
        `Festlegung des Regelwerks: § 110 SGB X ist vor der Pauschale nach § 16 Abs. 3 SGB IX geprüft; mit Pauschale läge der Anspruch bei ${euro(mitPauschale)}.`,
      );
  }
  if (bagatelle && istSondererstattung(g))
    b.hinweis(
      'SGB_X_ERGAENZEND',
      `Festlegung des Regelwerks: § 110 SGB X ist auf den Anspruch nach ${g.norm ?? ''} ergänzend angewandt (§ 37 SGB I).`,
    );
  return bagatelle;
}

/** § 109 SGB X: Verwaltungskosten nie; Auslagen auf Anforderung, wenn sie im Einzelfall die Schwelle übersteigen. */
export function auslagenNach109(l: Lage, g: Grundlage, bagatelle: boolean): Cent {
  const { b, e } = l;
  if (e.verwaltungskostenCent === undefined && e.auslagenCent === undefined) return cent(0);
  const schwelle = wertAmOderFehler(parameter.auslagenschwelleErstattung, l.stand).wert;
  b.norm(
    '§ 109 SGB X',
    `Verwaltungskosten sind nicht zu erstatten (Satz 1). Auslagen sind auf Anforderung zu erstatten, wenn sie im Einzelfall ${euro(schwelle)} übersteigen (Satz 2).`,
  );
  if (e.verwaltungskostenCent !== undefined)
    b.norm(
      '§ 109 Satz 1 SGB X',
      `Die geltend gemachten Verwaltungskosten von ${euro(e.verwaltungskostenCent)} werden nicht erstattet${g.art === 'sgb9-16' ? '; sie sind durch die Verwaltungskostenpauschale nach § 16 Abs. 3 SGB IX abgegolten' : ''}.`,
    );
  if (istSondererstattung(g))
    b.hinweis(
      'SGB_X_ERGAENZEND',
      `Festlegung des Regelwerks: § 109 SGB X ist auf den Anspruch nach ${g.norm ?? ''} ergänzend angewandt (§ 37 SGB I).`,
    );
  if (e.auslagenCent === undefined) return cent(0);
  const ueber = e.auslagenCent > schwelle;
  const auslagen = ueber && !bagatelle ? cent(e.auslagenCent) : cent(0);
  b.norm(
    '§ 109 Satz 2 SGB X',
    ueber
      ? `Die Auslagen von ${euro(e.auslagenCent)} übersteigen ${euro(schwelle)}${auslagen > 0 ? ' und werden in voller Höhe erstattet' : ', werden aber nicht erstattet, weil keine Erstattung erfolgt (§ 110 Satz 2 SGB X)'}.`
      : `Die Auslagen von ${euro(e.auslagenCent)} übersteigen ${euro(schwelle)} nicht und werden nicht erstattet.`,
  );
  if (auslagen > 0) {
    b.hinweis(
      'AUSLAGEN_IN_VOLLER_HOEHE',
      'Festlegung des Regelwerks: Übersteigen die Auslagen die Schwelle, werden sie in voller Höhe erstattet, nicht nur der übersteigende Teil (entsprechend § 7 SGB X).',
    );
    if (g.art === 'sgb9-16')
      b.hinweis(
        'AUSLAGEN_NEBEN_PAUSCHALE',
        'Festlegung des Regelwerks (ungeprüft): Auslagen nach § 109 Satz 2 SGB X werden neben der Verwaltungskostenpauschale nach § 16 Abs. 3 SGB IX erstattet.',
      );
  }
  return auslagen;
}
