// Was jede Prüfungsart bereitstellt: Schema, Beispiel, semantische Prüfung und Berechnung.
import type { Ergebnis, Fehler } from './ergebnis.ts';
import type { JsonSchema } from './validierung.ts';

export interface Pruefungsart<E = unknown, R = unknown> {
  art: string;
  /** Deutscher Titel für Hilfe und Prüfrechner. */
  titel: string;
  /** Die Normen, um die es geht. */
  normen: string;
  schema: JsonSchema;
  /** Ein vollständiges, gültiges Beispiel (für `egh pruefe --help` und den Prüfrechner). */
  beispiel: E & { art: string };
  /** Widersprüche, die ein Schema nicht ausdrücken kann (z. B. `bis` vor `von`). */
  pruefeWidersprueche?(eingabe: E): Fehler[];
  berechne(eingabe: E): Ergebnis<string, R>;
}

/** Hilfsfunktion für Typinferenz beim Definieren einer Prüfungsart. */
export function pruefungsart<E, R>(p: Pruefungsart<E, R>): Pruefungsart<E, R> {
  return p;
}
