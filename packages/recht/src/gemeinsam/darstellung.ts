// Zwei Stimmen aus einem Ergebnis: was die Sachbearbeitung liest (und ein Brief druckt) und was
// die Expertenansicht des Prüfrechners zeigt. Das Ergebnis behält Codes, Fragenummern und Belege
// in eigenen Feldern (ergebnis.ts); hier – und nur hier – wird daraus Text für ein Publikum.
// Ohne Abhängigkeiten, damit auch die Oberfläche es verwenden kann (@egh/recht/darstellung).
import type { Begruendungsschritt, Herkunft, Hinweis } from './ergebnis.ts';

/** Ein Begründungsschritt für die Sachbearbeitung: Norm, Satz und die öffentliche Fundstelle. */
export interface Begruendungssatz {
  norm: string;
  text: string;
  fundstelle?: string;
}

/** Ein Hinweis für die Sachbearbeitung: nur der Satz, offene Rechtsfragen gekennzeichnet. */
export interface Hinweissatz {
  text: string;
  rechtsfrage: boolean;
  fundstelle?: string;
}

export interface Sachbearbeitungstext {
  begruendung: Begruendungssatz[];
  hinweise: Hinweissatz[];
}

/** Für die Expertenansicht: zusätzlich Code, Nummer der Frage und interner Beleg. */
export interface Expertentext {
  begruendung: (Begruendungssatz & { beleg?: string })[];
  hinweise: (Hinweissatz & { code: string; frage?: string; beleg?: string })[];
}

interface Darstellbar {
  begruendung: readonly Begruendungsschritt[];
  hinweise: readonly Hinweis[];
}

const rechtsfrageAlt = /^RECHTSFRAGE \([^)]*\):\s*/;

/**
 * Der Satz eines Hinweises. Ältere gespeicherte Ergebnisse trugen die Fragenummer im Text
 * („RECHTSFRAGE (OQ-4): …“); sie wird hier zu „Offene Rechtsfrage: …“.
 */
export function hinweisText(h: Pick<Hinweis, 'text'>): string {
  return h.text.replace(rechtsfrageAlt, 'Offene Rechtsfrage: ');
}

function fundstelle(h: Herkunft | undefined): { fundstelle?: string } {
  return h?.fundstelle ? { fundstelle: h.fundstelle } : {};
}

function beleg(h: Herkunft | undefined): { beleg?: string } {
  return h?.beleg ? { beleg: h.beleg } : {};
}

/** Was die Sachbearbeitung liest und ein Brief druckt: Sätze und öffentliche Fundstellen. */
export function fuerSachbearbeitung(e: Darstellbar): Sachbearbeitungstext {
  return {
    begruendung: e.begruendung.map((s) => ({ norm: s.norm, text: s.text, ...fundstelle(s.herkunft) })),
    hinweise: e.hinweise.map((h) => ({
      text: hinweisText(h),
      rechtsfrage: h.code === 'OFFENE_RECHTSFRAGE',
      ...fundstelle(h.herkunft),
    })),
  };
}

/** Die Expertenansicht des Prüfrechners: dieselben Sätze mit Code, Fragenummer und Beleg. */
export function fuerExperten(e: Darstellbar): Expertentext {
  return {
    begruendung: e.begruendung.map((s) => ({ norm: s.norm, text: s.text, ...fundstelle(s.herkunft), ...beleg(s.herkunft) })),
    hinweise: e.hinweise.map((h) => ({
      code: h.code,
      ...(h.frage ? { frage: h.frage } : {}),
      text: hinweisText(h),
      rechtsfrage: h.code === 'OFFENE_RECHTSFRAGE',
      ...fundstelle(h.herkunft),
      ...beleg(h.herkunft),
    })),
  };
}

/** Ein Begründungsschritt als eine Zeile Fließtext: „Norm: Satz (Fundstelle).“ */
export function begruendungsZeile(s: Begruendungssatz): string {
  return s.fundstelle ? `${s.norm}: ${s.text} (${s.fundstelle})` : `${s.norm}: ${s.text}`;
}

/**
 * Setzt für Schlüssel in Anführungszeichen („12070“) den Namen ein („Landkreis Prignitz“): das
 * Regelwerk rechnet mit Schlüsseln, Menschen lesen Namen. Unbekannte Schlüssel bleiben stehen.
 */
export function namenEinsetzen<T extends Darstellbar>(e: T, namen: Readonly<Record<string, string>>): T {
  const ersetze = (text: string) => text.replace(/„([^„“]{1,40})“/g, (ganz, schluessel: string) => namen[schluessel] ?? ganz);
  return {
    ...e,
    begruendung: e.begruendung.map((s) => ({ ...s, text: ersetze(s.text) })),
    hinweise: e.hinweise.map((h) => ({ ...h, text: ersetze(h.text) })),
  };
}

/** Die Schlüssel in Anführungszeichen, die in den Texten eines Ergebnisses vorkommen. */
export function schluesselImText(e: Darstellbar): string[] {
  const alle = [...e.begruendung, ...e.hinweise].flatMap((x) => [...x.text.matchAll(/„([^„“]{1,40})“/g)].map((m) => m[1] ?? ''));
  return [...new Set(alle)];
}
