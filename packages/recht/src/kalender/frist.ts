// Fristberechnung nach §§ 187–193 BGB, anwendbar über § 26 Abs. 1 SGB X, mit Verschiebung des
// Fristendes nach § 26 Abs. 3 SGB X / § 193 BGB (recht.md §5.1, §5.5).
import { type Tag, kalenderdatum, plusMonate, plusTage, tagAus, tageImMonat, wochentag } from './datum.ts';
import { type Feiertagskalender, type Land, type Region, feiertagskalender } from './feiertage.ts';

export type Dauer = { tage: number } | { wochen: number } | { monate: number } | { jahre: number };

/** § 187 Abs. 1 BGB (Ereignis: der Tag zählt nicht) oder Abs. 2 (Beginn eines Tages: er zählt). */
export type Fristbeginn = 'ereignis' | 'tagesbeginn';

/**
 * Nominales Fristende nach § 188 BGB.
 * - Tage: Ereignistag + n (§ 187 Abs. 1, § 188 Abs. 1); bei Tagesbeginn + n − 1.
 * - Wochen, Monate, Jahre: der Tag, der durch Benennung oder Zahl dem Ereignistag entspricht
 *   (§ 188 Abs. 2 Alt. 1); bei Tagesbeginn der Tag davor (§ 188 Abs. 2 Alt. 2); fehlt der Tag im
 *   letzten Monat, dessen letzter Tag (§ 188 Abs. 3).
 */
export function nominalesFristende(ereignis: Tag, dauer: Dauer, beginn: Fristbeginn = 'ereignis'): Tag {
  const abzug = beginn === 'tagesbeginn' ? 1 : 0;
  if ('tage' in dauer) return plusTage(ereignis, dauer.tage - abzug);
  if ('wochen' in dauer) return plusTage(ereignis, 7 * dauer.wochen - abzug);
  const monate = 'monate' in dauer ? dauer.monate : 12 * dauer.jahre;
  if (abzug === 0) return plusMonate(ereignis, monate);
  // § 188 Abs. 2 Alt. 2: Ende mit dem Tag, der dem Tag vorhergeht, der dem Anfangstag entspricht;
  // fehlt dieser maßgebende Tag im letzten Monat, der Monatsletzte (§ 188 Abs. 3).
  const { jahr, monat, tag } = kalenderdatum(ereignis);
  const m0 = monat - 1 + monate;
  const zielJahr = jahr + Math.floor(m0 / 12);
  const zielMonat = (((m0 % 12) + 12) % 12) + 1;
  if (tag === 1) return plusTage(tagAus(zielJahr, zielMonat, 1), -1);
  return tagAus(zielJahr, zielMonat, Math.min(tag - 1, tageImMonat(zielJahr, zielMonat)));
}

/** Ob § 188 Abs. 3 BGB greift: der maßgebende Tag fehlt im letzten Monat der Frist. */
export function monatsendeGekappt(ereignis: Tag, dauer: Dauer, beginn: Fristbeginn = 'ereignis'): boolean {
  if ('tage' in dauer || 'wochen' in dauer) return false;
  const monate = 'monate' in dauer ? dauer.monate : 12 * dauer.jahre;
  const { jahr, monat, tag } = kalenderdatum(ereignis);
  const m0 = monat - 1 + monate;
  const laenge = tageImMonat(jahr + Math.floor(m0 / 12), (((m0 % 12) + 12) % 12) + 1);
  const massgebend = beginn === 'ereignis' ? tag : tag - 1;
  return massgebend > laenge;
}

export interface Verschiebungsgrund {
  datum: Tag;
  grund: 'Samstag' | 'Sonntag' | 'Feiertag';
  name?: string;
}

export interface Verschiebung {
  ende: Tag;
  gruende: Verschiebungsgrund[];
}

/**
 * § 26 Abs. 3 Satz 1 SGB X, § 193 BGB: Fällt das Ende auf einen Sonntag, einen gesetzlichen
 * Feiertag (am Ort der Handlung) oder einen Samstag, endet die Frist mit dem nächsten Werktag.
 */
export function verschiebeAufWerktag(ende: Tag, kalender: Feiertagskalender): Verschiebung {
  const gruende: Verschiebungsgrund[] = [];
  let d = ende;
  for (;;) {
    const wt = wochentag(d);
    const name = kalender.name(d);
    if (name !== undefined) gruende.push({ datum: d, grund: 'Feiertag', name });
    else if (wt === 5) gruende.push({ datum: d, grund: 'Samstag' });
    else if (wt === 6) gruende.push({ datum: d, grund: 'Sonntag' });
    else return { ende: d, gruende };
    d = plusTage(d, 1);
  }
}

/** Schnelle Variante ohne Gründe, für Massenberechnungen. */
export function verschobenesEnde(ende: Tag, kalender: Feiertagskalender): Tag {
  return kalender.naechsterWerktag(ende);
}

export function kalenderFuer(land: Land, region?: Region): Feiertagskalender {
  return feiertagskalender(land, region);
}
