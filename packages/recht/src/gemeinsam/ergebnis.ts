// Der Umschlag jedes Prüfergebnisses (pruefungen.md, "Result envelope") und der Baustein, mit
// dem jede Prüfung ihre Begründung und ihre Hinweise sammelt.

/**
 * Woher eine Aussage stammt – getrennt vom Text, damit der Text für die Sachbearbeitung und für
 * Briefe ohne interne Verweise auskommt (zwei Stimmen aus einem Ergebnis, siehe darstellung.ts).
 */
export interface Herkunft {
  /** Öffentliche Fundstelle, wie eine Juristin zitiert, z. B. `BSG, Urteil vom 04.04.2019 – B 8 SO 11/17 R`. */
  fundstelle?: string;
  /** Interner Beleg für die Expertenansicht: Abschnitt in recht.md, OQ-/SEED-Nummer, [DESIGN]. Nie in Text für Menschen außerhalb. */
  beleg?: string;
}

export interface Begruendungsschritt {
  /** Die Norm in Standardform, z. B. `§ 14 Abs. 1 Satz 2 SGB IX`. */
  norm: string;
  /** Der Grund auf Deutsch, für die Sachbearbeitung geschrieben – ohne interne Verweise. */
  text: string;
  herkunft?: Herkunft;
}

export interface Hinweis {
  /** Stabiler Code in Großbuchstaben mit Unterstrichen (Maschinenfeld). */
  code: string;
  /** Der Hinweis auf Deutsch, für die Sachbearbeitung geschrieben – ohne interne Verweise. */
  text: string;
  /** Bei offenen Rechtsfragen die Nummer der Frage in recht.md §8, z. B. `OQ-4` (Maschinenfeld). */
  frage?: string;
  herkunft?: Herkunft;
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

/** Womit der Text einer offenen Rechtsfrage beginnt. */
export const rechtsfragePraefix = 'Offene Rechtsfrage: ';

function mitHerkunft<T extends object>(x: T, herkunft: Herkunft | undefined): T & { herkunft?: Herkunft } {
  if (!herkunft || (herkunft.fundstelle === undefined && herkunft.beleg === undefined)) return x;
  return { ...x, herkunft };
}

/** Sammelt Begründungsschritte und Hinweise in der Reihenfolge der Prüfung. */
export class Begruendung {
  readonly schritte: Begruendungsschritt[] = [];
  readonly hinweise: Hinweis[] = [];

  norm(norm: string, text: string, herkunft?: Herkunft): this {
    this.schritte.push(mitHerkunft({ norm, text }, herkunft));
    return this;
  }

  hinweis(code: string, text: string, herkunft?: Herkunft): this {
    if (!this.hinweise.some((h) => h.code === code && h.text === text)) this.hinweise.push(mitHerkunft({ code, text }, herkunft));
    return this;
  }

  /**
   * Eine offene Rechtsfrage (RECHTSFRAGE), sichtbar in den Hinweisen. Die Nummer der Frage steht
   * nur im Maschinenfeld `frage`; der Text beginnt mit „Offene Rechtsfrage: “.
   */
  rechtsfrage(frage: string, text: string, herkunft?: Herkunft): this {
    const satz = `${rechtsfragePraefix}${text}`;
    if (!this.hinweise.some((h) => h.code === 'OFFENE_RECHTSFRAGE' && h.frage === frage && h.text === satz))
      this.hinweise.push(mitHerkunft({ code: 'OFFENE_RECHTSFRAGE', frage, text: satz }, herkunft));
    return this;
  }

  ergebnis<A extends string, E>(art: A, ergebnis: E): Ergebnis<A, E> {
    return { art, ergebnis, begruendung: this.schritte, hinweise: this.hinweise };
  }
}
