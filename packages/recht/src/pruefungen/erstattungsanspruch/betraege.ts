// Beträge der Leistungszeiträume: anteilig nach Kalendertagen, exakt als Bruch (recht.md §4.4 Nr. 6.1).
import { euro } from '../../gemeinsam/geld.ts';
import {
  type Tag,
  datum,
  deutschesDatum,
  kalenderdatum,
  plusTage,
  spaeter,
  tageEinschliesslich,
  tageImMonat,
} from '../../kalender/datum.ts';
import { type Bruch, NULL_BRUCH, bruch, mal, minus, plus, runde } from './bruch.ts';
import type { Leistung } from './typen.ts';

function monatsIndex(t: Tag): number {
  const k = kalenderdatum(t);
  return k.jahr * 12 + k.monat - 1;
}

/**
 * Summe der Monatsanteile von `von` bis `bis` (beide eingeschlossen): je Kalendermonat die erfassten
 * Kalendertage durch die Tage dieses Monats (szenarien.md SC-16: März 27/31, April 1, Mai 14/31).
 * Volle Monate zählen 1; nur der erste und der letzte Monat können angebrochen sein, daher O(1).
 */
export function monatsanteile(von: Tag, bis: Tag): Bruch {
  if (bis < von) return NULL_BRUCH;
  const a = kalenderdatum(von);
  const e = kalenderdatum(bis);
  const ma = monatsIndex(von);
  const me = monatsIndex(bis);
  const tageA = tageImMonat(a.jahr, a.monat);
  if (ma === me) return bruch(BigInt(e.tag - a.tag + 1), BigInt(tageA));
  const erster = bruch(BigInt(tageA - a.tag + 1), BigInt(tageA));
  const letzter = bruch(BigInt(e.tag), BigInt(tageImMonat(e.jahr, e.monat)));
  return plus(plus(erster, letzter), bruch(BigInt(me - ma - 1)));
}

/**
 * Aufwendungen einer Leistung ab dem Tag `ab` (eingeschlossen) bis zu ihrem Ende. Ein nur teilweise
 * erfasster Zeitraum wird nach Kalendertagen gekürzt (recht.md §4.4 Nr. 6.1; SC-16 [DESIGN]).
 */
export function betragAb(l: Leistung, ab: Tag): Bruch {
  const von = datum(l.von);
  const bis = datum(l.bis);
  const start = spaeter(von, ab);
  if (start > bis) return NULL_BRUCH;
  const betrag = BigInt(l.betragCent);
  const je = l.je ?? 'zeitraum';
  if (je === 'tag') return bruch(betrag * BigInt(tageEinschliesslich(start, bis)));
  if (je === 'monat') return mal(bruch(betrag), monatsanteile(start, bis));
  return bruch(betrag * BigInt(tageEinschliesslich(start, bis)), BigInt(tageEinschliesslich(von, bis)));
}

/** Kalendertage einer Vereinigung von Zeiträumen (Überschneidungen einmal gezählt). */
export function tageVereinigt(zeitraeume: [Tag, Tag][]): number {
  const s = zeitraeume.filter(([a, b]) => a <= b).sort((x, y) => x[0] - y[0]);
  let summe = 0;
  let offen: [number, number] | undefined;
  for (const [a, b] of s) {
    if (offen && a <= offen[1] + 1) offen[1] = Math.max(offen[1], b);
    else {
      if (offen) summe += offen[1] - offen[0] + 1;
      offen = [a, b];
    }
  }
  if (offen) summe += offen[1] - offen[0] + 1;
  return summe;
}

/** Ohne Begrenzung auf die Kenntnis: der erste Tag, den das Regelwerk kennt. */
export const ANFANG = datum('1000-01-01');

export function summe(xs: Leistung[], ab: Tag): Bruch {
  return xs.reduce((s, x) => plus(s, betragAb(x, ab)), NULL_BRUCH);
}

/** Summe der Aufwendungen, die in die Tage [von, bis] fallen (anteilig nach Kalendertagen). */
export function summeZwischen(xs: Leistung[], von: Tag, bis: Tag): Bruch {
  return xs.reduce((s, x) => plus(s, minus(betragAb(x, von), betragAb(x, plusTage(bis, 1)))), NULL_BRUCH);
}

export function zeitraumText(l: Leistung, betrag: Bruch): string {
  const zeit = `${deutschesDatum(datum(l.von))}–${deutschesDatum(datum(l.bis))}`;
  const je = l.je ?? 'zeitraum';
  if (je === 'monat')
    return `${zeit}: ${euro(l.betragCent)} monatlich, je Kalendermonat anteilig nach Kalendertagen = ${euro(runde(betrag))}`;
  if (je === 'tag')
    return `${zeit}: ${euro(l.betragCent)} täglich × ${tageEinschliesslich(datum(l.von), datum(l.bis))} Tage = ${euro(runde(betrag))}`;
  return `${zeit}: ${euro(l.betragCent)}`;
}

export function aufzaehlung(zeilen: string[], max = 12): string {
  const gezeigt = zeilen.slice(0, max).join('; ');
  return zeilen.length > max ? `${gezeigt}; … und ${zeilen.length - max} weitere` : gezeigt;
}

/** Ein Anteil als Text, z. B. „27/31“ (nur für Begründungen). */
export function anteilText(l: Leistung, ab: Tag): string {
  const von = datum(l.von);
  const bis = datum(l.bis);
  const start = spaeter(von, ab);
  if (start > bis) return '0';
  if ((l.je ?? 'zeitraum') === 'zeitraum') return `${tageEinschliesslich(start, bis)}/${tageEinschliesslich(von, bis)}`;
  return `${tageEinschliesslich(start, bis)} von ${tageEinschliesslich(von, bis)} Tagen`;
}
