// Fassungen des Rechts als datierte Tabellen (wie OpenFisca eine Formel nach Datum wählt): Jede
// Prüfung legt ihre Regeln je Norm und Fassung in eigene Module und wählt sie über eine Tabelle
// `[{ gueltigAb, regel }]` aufsteigend nach `gueltigAb`. Ändert sich das Gesetz, kommt ein neues Modul
// neben das alte und eine neue Zeile in die Tabelle; alte Zeiträume rechnen weiter mit der alten Fassung.
import { type IsoDatum, type Tag, datum } from '../kalender/datum.ts';

export interface Fassung<R> {
  /** Gilt ab diesem Tag (einschließlich) bis zum Tag vor der nächsten Zeile. */
  gueltigAb: IsoDatum;
  regel: R;
  /** Öffentliche Fundstelle oder Grund der Zeile (für Leser des Codes, nie in Sätzen). */
  quelle?: string;
}

export type Fassungstabelle<R> = readonly Fassung<R>[];

/**
 * Frühester Tag, den das Regelwerk darstellen kann (`kalender/datum.ts`). Eine Tabelle, die mit ihm
 * beginnt, sagt: Älteres Recht bildet das Regelwerk nicht ab; die erste Fassung gilt auch davor (die
 * Prüfung sagt das, wo es darauf ankommt, in einem Hinweis).
 */
export const fruehesterTag: IsoDatum = '1000-01-01';

/**
 * Die am `stichtag` geltende Regel: die letzte Zeile mit `gueltigAb` ≤ `stichtag`. Liegt der Tag vor
 * der ersten Zeile, ist die Tabelle unvollständig (ein Programmfehler, kein Eingabefehler); dann wirft
 * die Funktion – Eingaben vor der ersten Fassung weist die Prüfung vorher als Eingabefehler ab.
 */
export function fassungAm<R>(tabelle: Fassungstabelle<R>, stichtag: Tag): R {
  let treffer: Fassung<R> | undefined;
  for (const f of tabelle) {
    if (datum(f.gueltigAb) > stichtag) break;
    treffer = f;
  }
  if (!treffer) throw new RangeError(`Keine Fassung am Tag ${stichtag} (erste Fassung ab ${tabelle[0]?.gueltigAb ?? '–'})`);
  return treffer.regel;
}

/** Der erste Tag, für den die Tabelle eine Regel hat. */
export function ersteFassungAb(tabelle: Fassungstabelle<unknown>): Tag {
  const erste = tabelle[0];
  if (!erste) throw new RangeError('Die Tabelle hat keine Fassung');
  return datum(erste.gueltigAb);
}
