// Der Umschlag jedes Prüfergebnisses (pruefungen.md, "Result envelope") und der Baustein, mit
// dem jede Prüfung ihre Begründung und ihre Hinweise sammelt.

export interface Begruendungsschritt {
  /** Die Norm in Standardform, z. B. `§ 14 Abs. 1 Satz 2 SGB IX`. */
  norm: string;
  /** Der Grund auf Deutsch. */
  text: string;
}

export interface Hinweis {
  /** Stabiler Code in Großbuchstaben mit Unterstrichen. */
  code: string;
  text: string;
  /** Bei offenen Rechtsfragen die Nummer der Frage in recht.md §8, z. B. `OQ-4`. */
  frage?: string;
}

export interface Ergebnis<A extends string = string, E = unknown> {
  art: A;
  ergebnis: E;
  begruendung: Begruendungsschritt[];
  hinweise: Hinweis[];
}

export interface Fehler {
  /** JSON-Pointer auf das fehlerhafte Feld (RFC 6901). */
  pfad: string;
  meldung: string;
}

export interface Problem {
  type: 'urn:egh:problem:eingabe' | 'urn:egh:problem:intern';
  title: string;
  status: number;
  fehler: Fehler[];
}

export function istProblem(x: Ergebnis | Problem): x is Problem {
  return 'fehler' in x && 'status' in x;
}

export function eingabeProblem(fehler: Fehler[]): Problem {
  return { type: 'urn:egh:problem:eingabe', title: 'Ungültige Eingabe', status: 400, fehler };
}

/** Sammelt Begründungsschritte und Hinweise in der Reihenfolge der Prüfung. */
export class Begruendung {
  readonly schritte: Begruendungsschritt[] = [];
  readonly hinweise: Hinweis[] = [];

  norm(norm: string, text: string): this {
    this.schritte.push({ norm, text });
    return this;
  }

  hinweis(code: string, text: string): this {
    if (!this.hinweise.some((h) => h.code === code && h.text === text)) this.hinweise.push({ code, text });
    return this;
  }

  /** Eine offene Rechtsfrage (RECHTSFRAGE), sichtbar in den Hinweisen. */
  rechtsfrage(frage: string, text: string): this {
    if (!this.hinweise.some((h) => h.code === 'OFFENE_RECHTSFRAGE' && h.frage === frage && h.text.endsWith(text)))
      this.hinweise.push({ code: 'OFFENE_RECHTSFRAGE', frage, text: `RECHTSFRAGE (${frage}): ${text}` });
    return this;
  }

  ergebnis<A extends string, E>(art: A, ergebnis: E): Ergebnis<A, E> {
    return { art, ergebnis, begruendung: this.schritte, hinweise: this.hinweise };
  }
}
