// Gemeinsame Bausteine der Entscheidung in beiden Fassungen: Art der Leistung, tatsächlicher
// Aufenthalt, die vier Wochen zur Klärung und was geschieht, wenn die Angaben nicht reichen.
import type { Fehler } from '../../gemeinsam/ergebnis.ts';
import { parameter, wertAmOderFehler } from '../../gemeinsam/parameter.ts';
import { type Tag, datum } from '../../kalender/datum.ts';
import { nominalesFristende } from '../../kalender/frist.ts';
import type { Antrag, Fakten, Leistung, Leistungsform } from './typen.ts';
import { d, enthaelt, gaAm, tatsaechlichAm } from './zeitleisten.ts';

/** Die Angaben reichen für keine Entscheidung; wird zu einem Eingabefehler (Problem). */
export class UnzureichendeAngaben extends Error {
  readonly fehler: Fehler;
  constructor(fehler: Fehler) {
    super(fehler.meldung);
    this.fehler = fehler;
  }
}

export function formText(form: Leistungsform): string {
  switch (form) {
    case 'ambulant':
      return 'ambulante Leistung';
    case 'tagUndNacht':
      return 'Betreuung über Tag und Nacht (besondere Wohnform)';
    case 'betreutesWohnen':
      return 'ambulant betreutes Wohnen';
    case 'stationaer':
      return 'stationäre Leistung';
  }
}

export function istTagUndNacht(form: Leistungsform): boolean {
  return form === 'tagUndNacht' || form === 'stationaer';
}

/** Von mehreren gleichzeitig beginnenden/laufenden Leistungen die für die Zuständigkeit prägendste. */
export function praegendeLeistung(leistungen: readonly Leistung[]): Leistung | undefined {
  const rang = (l: Leistung): number => (istTagUndNacht(l.form) ? 0 : l.form === 'betreutesWohnen' ? 1 : 2);
  return [...leistungen].sort((a, b) => rang(a) - rang(b) || a.von - b.von || a.index - b.index)[0];
}

export function leistungenAm(f: Fakten, t: Tag): Leistung[] {
  return f.leistungen.filter((l) => enthaelt(l, t));
}

/** Der Träger der tatsächlichen Aufenthalts für § 98 Abs. 2 SGB IX / § 98 Abs. 2 Satz 3 SGB XII. */
export function tatsaechlicherTraeger(f: Fakten, t: Tag, antrag?: Antrag): { gebiet: string; quelle: string } | undefined {
  if (f.e.tatsaechlicherAufenthalt) return { gebiet: f.e.tatsaechlicherAufenthalt, quelle: 'angegeben' };
  const abgeleitet = tatsaechlichAm(f, t) ?? tatsaechlichAm(f, f.stichtag);
  if (abgeleitet) return { gebiet: abgeleitet, quelle: 'aus den Aufenthalten' };
  const traeger = antrag?.traeger ?? f.antraege[0]?.traeger;
  if (traeger) return { gebiet: traeger, quelle: 'Träger, bei dem der Antrag gestellt wurde' };
  return undefined;
}

export function fehlenderAufenthalt(t: Tag): UnzureichendeAngaben {
  return new UnzureichendeAngaben({
    pfad: '/tatsaechlicherAufenthalt',
    meldung: `Für den ${d(t)} ist weder ein gewöhnlicher noch ein tatsächlicher Aufenthalt bekannt; die örtliche Zuständigkeit lässt sich nicht bestimmen. Bitte Aufenthalte oder den tatsächlichen Aufenthalt angeben.`,
  });
}

/** § 98 Abs. 2 Satz 1 SGB IX / Satz 3 SGB XII: die vier Wochen ab Antrag (nicht verschoben). */
export function vierWochenEnde(beginn: Tag): Tag {
  const wochen = wertAmOderFehler(parameter.klaerungsfristWochenGewoehnlicherAufenthalt, beginn).wert;
  return nominalesFristende(beginn, { wochen }, 'ereignis');
}

export function festgestelltBis(f: Fakten): Tag | undefined {
  const am = f.e.gewoehnlicherAufenthaltFestgestelltAm;
  return am ? datum(am) : undefined;
}

/** Der gewöhnliche Aufenthalt ist am Stichtag (noch) ungeklärt. */
export function ungeklaertAmStichtag(f: Fakten): boolean {
  const festgestellt = festgestelltBis(f);
  if (festgestellt !== undefined) return festgestellt > f.stichtag;
  return f.e.gewoehnlicherAufenthaltUngeklaert === true;
}

/** Träger, der nach den Leistungs- und Antragsdaten schon bestimmt war (DT-98-IX #2). */
export function traegerAusDaten(
  f: Fakten,
  fallBeginn: Tag | undefined,
  antrag: Antrag | undefined,
): { traeger: string; quelle: string } | undefined {
  const ersteLeistung = f.leistungen
    .filter((l) => fallBeginn === undefined || l.bis >= fallBeginn)
    .sort((a, b) => a.von - b.von)
    .find((l) => l.traeger);
  if (ersteLeistung?.traeger) return { traeger: ersteLeistung.traeger, quelle: `Leistung ab ${d(ersteLeistung.von)}` };
  if (antrag?.traeger) return { traeger: antrag.traeger, quelle: `Antrag vom ${d(antrag.datum)}` };
  return undefined;
}

/** Es gibt für die Zeit bis `t` überhaupt keine Angaben zum Aufenthalt. */
export function keineAufenthaltsdatenBis(f: Fakten, t: Tag): boolean {
  return !f.aufenthalte.some((a) => a.von <= t) && !f.e.tatsaechlicherAufenthalt;
}

/** Wo die Person am Tag `t` wohnt: gewöhnlicher oder vorübergehender Aufenthalt, nicht Klinik oder Haft. */
export function wohnortAm(f: Fakten, t: Tag): string | undefined {
  const ga = gaAm(f, t);
  if (ga) return ga.gebiet;
  return f.aufenthalte.filter((a) => a.art === 'voruebergehend' && enthaelt(a, t)).sort((a, b) => b.von - a.von)[0]?.gebiet;
}

export function gaAmIst(f: Fakten, t: Tag, gebiet: string): boolean {
  return gaAm(f, t)?.gebiet === gebiet;
}
