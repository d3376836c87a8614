// Betreuungsanteile und der BSG-Test „Hauptzielrichtung Teilhabe“ für das ambulant betreute Wohnen
// nach § 98 Abs. 5 SGB XII a.F. (BSG, Urteil vom 25.08.2011 – B 8 SO 7/10 R).
import type { Begruendung } from '../../gemeinsam/ergebnis.ts';
import { euro, prozent, rundeKaufmaennisch } from '../../gemeinsam/geld.ts';
import type { Fakten, OertlicheZustaendigkeitEingabe } from './typen.ts';

interface Anteile {
  teilhabe: number;
  pflege: number;
  sonstige: number;
  gesamt: number;
  /** Volle Genauigkeit (Prozent); gerundet wird nur für die Ausgabe. */
  teilhabeProzent: number;
  pflegeProzent: number;
  sonstigeProzent: number;
}

export function anteile(e: OertlicheZustaendigkeitEingabe): Anteile | undefined {
  const a = e.betreuungsanteile;
  if (!a) return undefined;
  const gesamt = a.teilhabe + a.pflege + a.sonstige;
  if (gesamt <= 0) return undefined;
  return {
    ...a,
    gesamt,
    teilhabeProzent: (a.teilhabe * 100) / gesamt,
    pflegeProzent: (a.pflege * 100) / gesamt,
    sonstigeProzent: (a.sonstige * 100) / gesamt,
  };
}

/**
 * Kosten der Anteile je Monat (szenarien.md SC-38): Minuten ÷ 60 × Stundensatz × Tage, in voller
 * Genauigkeit gerechnet und einmal am Ende kaufmännisch gerundet (mit Tagesrundung ergäben sich
 * für 1:39 Std. zu 29,29 € 1.449,90 € statt 1.449,86 €).
 */
export function kostenDerAnteile(
  e: OertlicheZustaendigkeitEingabe,
  b: Begruendung,
): { teilhabeKostenCentProMonat?: number; betreuungKostenCentProMonat?: number } {
  const a = e.betreuungsanteile;
  if (!a || a.stundensatzCent === undefined) return {};
  const tage = a.tageProMonat ?? 30;
  const teilhabe = rundeKaufmaennisch((a.teilhabe * a.stundensatzCent * tage) / 60);
  const gesamt = rundeKaufmaennisch(((a.teilhabe + a.pflege + a.sonstige) * a.stundensatzCent * tage) / 60);
  b.hinweis(
    'KOSTEN_DER_ANTEILE',
    `Kosten des Teilhabeanteils: ${stundenText(a.teilhabe)} × ${euro(a.stundensatzCent)} × ${tage} Tage = ${euro(teilhabe)} je Monat (von ${euro(gesamt)} für die ganze Betreuung), einmal am Ende gerundet. Nur eine Rechenhilfe für die Hauptzielrichtung, keine Norm.`,
  );
  return { teilhabeKostenCentProMonat: teilhabe, betreuungKostenCentProMonat: gesamt };
}

function stundenText(minuten: number): string {
  return `${Math.floor(minuten / 60)}:${String(minuten % 60).padStart(2, '0')} Std.`;
}

const bsgBetreutesWohnen = 'BSG, Urteil vom 25.08.2011 – B 8 SO 7/10 R';

/**
 * Besteht die Betreuung als „ambulant betreute Wohnmöglichkeit“? Ohne Anteile gilt die als
 * betreutes Wohnen erfasste Leistung als solche (pruefungen.md). Mit Anteilen entscheidet die
 * Hauptzielrichtung: die Teilhabe muss überwiegen, also mehr als die Hälfte der Betreuungszeit
 * ausmachen. [DESIGN] „Überwiegend“ statt „größter Anteil“: so liest recht.md §3.2 („not
 * predominantly Teilhabe → not betreutes Wohnen“); liegt die Teilhabe vorn, aber nicht über der
 * Hälfte, sagt ein Hinweis, dass der Fall an der Grenze liegt.
 */
export function pruefeBetreutesWohnen(f: Fakten, b: Begruendung): boolean {
  const a = anteile(f.e);
  if (!a) {
    b.norm(
      '§ 98 Abs. 5 Satz 1 SGB XII a.F.',
      'Die Leistung ist als ambulant betreutes Wohnen erfasst; Angaben zu den Betreuungsanteilen fehlen. Sie wird daher als ambulant betreute Wohnmöglichkeit behandelt.',
    );
    b.hinweis(
      'BETREUUNGSANTEILE_FEHLEN',
      'Ohne Betreuungsanteile (Teilhabe, Pflege, Sonstiges) wird das betreute Wohnen ungeprüft angenommen. Ob die Teilhabe Hauptziel ist, sollte anhand des Gesamtplans geprüft werden.',
    );
    return true;
  }
  const bestanden = a.teilhabeProzent > 50;
  b.norm(
    bsgBetreutesWohnen,
    `Ambulant betreutes Wohnen setzt eine qualifizierte Betreuung in der eigenen Wohnung voraus, die auf Selbständigkeit und Selbstbestimmung im Alltag gerichtet und nicht vorwiegend medizinisch oder pflegerisch ist; Hauptzielrichtung muss die Teilhabe am Leben in der Gemeinschaft sein. Von ${stundenText(a.gesamt)} Betreuung täglich entfallen auf Teilhabe ${stundenText(a.teilhabe)} (${prozent(a.teilhabeProzent)}), auf Pflege ${stundenText(a.pflege)} (${prozent(a.pflegeProzent)}) und auf Sonstiges ${stundenText(a.sonstige)} (${prozent(a.sonstigeProzent)}). ${
      bestanden
        ? 'Die Teilhabe überwiegt; Hauptziel der Betreuung ist die Teilhabe.'
        : 'Die Teilhabe überwiegt nicht; Hauptziel der Betreuung ist nicht die Teilhabe.'
    }`,
  );
  if (!bestanden && a.teilhabe > a.pflege && a.teilhabe > a.sonstige)
    b.hinweis(
      'BETREUTES_WOHNEN_GRENZFALL',
      `Die Teilhabe ist mit ${prozent(a.teilhabeProzent)} der größte Anteil, macht aber nicht mehr als die Hälfte der Betreuung aus. Die Prüfung verneint das betreute Wohnen (Maßstab: überwiegende Teilhabe); der Fall liegt an der Grenze und sollte im Einzelfall geprüft werden.`,
    );
  return bestanden;
}
