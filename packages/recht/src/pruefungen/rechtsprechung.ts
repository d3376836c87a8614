// Rechtsprechung zu Mehrkosten beim Wunsch- und Wahlrecht (recht.md §6.3) als Daten: jede
// Entscheidung mit Gericht, Datum, Aktenzeichen, Prozentsatz, Ergebnis, Quelle und Prüfstand.
// Die Prozentsätze sind Orientierungswerte, nie automatische Schwellen (recht.md §6.3,
// "Consequence for the software"); sie dienen nur der Auswahl von Vergleichsentscheidungen.
import { type IsoDatum, datum, deutschesDatum } from '../kalender/datum.ts';

/** Prüfstand nach recht.md §0.1. */
// eslint-disable-next-line no-restricted-syntax -- Maschinenwerte des Prüfstands (gespeichert), kein Text; die Oberfläche übersetzt sie
export type Verifikation = 'V-SEED' | 'V-SEC' | 'UNVERIFIED';

export type Entscheidungsart = 'Urteil' | 'Beschluss' | 'Gerichtsbescheid';

/** Wie das Gericht die Mehrkosten bewertet hat. */
export type Bewertung = 'angemessen' | 'unverhaeltnismaessig';

export interface Gerichtsentscheidung {
  gericht: string;
  /** `null`, wenn die Art der Entscheidung nicht belegt ist. */
  entscheidungsart: Entscheidungsart | null;
  /** `null`, wenn das Datum nicht belegt ist (dann ggf. `datumVermutet`). */
  datum: IsoDatum | null;
  /** Ein vermutetes, ungeprüftes Datum (recht.md: [UNVERIFIED]). */
  datumVermutet?: IsoDatum;
  aktenzeichen: string;
  /** Mehrkosten im entschiedenen Fall in Prozent (bei einer Spanne die Untergrenze). */
  prozent: number;
  /** Obergrenze, wenn das Gericht eine Spanne beurteilt hat (SG Karlsruhe: 14–18 %). */
  prozentBis?: number;
  /** Der Prozentsatz ist nur ungefähr belegt („≈ 29 %“). */
  ungefaehr?: boolean;
  ergebnis: Bewertung;
  /** Der tragende Gedanke in einem Satz, deutsch. */
  leitsatz: string;
  /**
   * Eine vom Gericht aufgestellte Faustregel „bis zu x %“ (SG Freiburg: 30 %). Die Entscheidung
   * wird als Quelle dieser Regel für jeden Prozentsatz bis x herangezogen (recht.md §6.2 Nr. 6).
   */
  faustregelBisProzent?: number;
  /** Die Entscheidung wurde im Rechtsmittelzug aufgehoben – durch diese Entscheidung. */
  aufgehobenDurch?: string;
  /** Öffentliche Fundstelle, an der die Entscheidung gelesen wurde. */
  quelle: string;
  /** Interner Beleg (Spezifikation, Seed-Akte); nie in einem Text für Menschen. */
  beleg?: string;
  verifikation: Verifikation;
  /** Was an der Fundstelle ungeprüft ist. */
  verifikationshinweis?: string;
}

/** Die Tabelle aus recht.md §6.3, absteigend nach Prozent. */
export const mehrkostenRechtsprechung: readonly Gerichtsentscheidung[] = [
  {
    gericht: 'BVerwG',
    entscheidungsart: 'Urteil',
    datum: '1982-02-11',
    aktenzeichen: '5 C 85/80',
    prozent: 75,
    ergebnis: 'unverhaeltnismaessig',
    leitsatz: 'Mehrkosten von 75 % sind „ohne weiteres“ unverhältnismäßig.',
    quelle: 'zitiert in SG Freiburg, Urteil vom 01.03.2011 – S 9 SO 2640/10, Entscheidungsgründe',
    beleg: 'SEED-004; recht.md §6.3',
    verifikation: 'V-SEED',
  },
  {
    gericht: 'OVG Hamburg',
    entscheidungsart: 'Beschluss',
    datum: '1995-08-17',
    aktenzeichen: 'Bs IV 165/95',
    prozent: 50,
    ergebnis: 'unverhaeltnismaessig',
    leitsatz: 'Mehrkosten von 50 % sind unverhältnismäßig.',
    quelle: 'zitiert in SG Freiburg, Urteil vom 01.03.2011 – S 9 SO 2640/10, Entscheidungsgründe',
    beleg: 'SEED-004; recht.md §6.3',
    verifikation: 'V-SEED',
  },
  {
    gericht: 'LSG Niedersachsen-Bremen',
    entscheidungsart: 'Beschluss',
    datum: '2007-06-07',
    aktenzeichen: 'L 8 SO 60/07 ER',
    prozent: 50,
    ergebnis: 'unverhaeltnismaessig',
    leitsatz: 'Mehrkosten von 50 % sind unverhältnismäßig.',
    quelle: 'zitiert in SG Freiburg, Urteil vom 01.03.2011 – S 9 SO 2640/10, Entscheidungsgründe',
    beleg: 'SEED-004; recht.md §6.3',
    verifikation: 'V-SEED',
  },
  {
    gericht: 'VG Münster',
    entscheidungsart: 'Urteil',
    datum: '2006-04-24',
    aktenzeichen: '5 K 783/04',
    prozent: 30,
    ergebnis: 'angemessen',
    leitsatz: 'Mehrkosten von 30 % sind verhältnismäßig (ohne Abwägung im Einzelnen).',
    quelle: 'zitiert in SG Freiburg, Urteil vom 01.03.2011 – S 9 SO 2640/10, Entscheidungsgründe',
    beleg: 'SEED-004; recht.md §6.3',
    verifikation: 'V-SEED',
  },
  {
    gericht: 'SG Hildesheim',
    entscheidungsart: 'Urteil',
    datum: '2010-05-19',
    aktenzeichen: 'S 34 SO 212/07',
    prozent: 29,
    ergebnis: 'angemessen',
    leitsatz:
      'Mehrkosten bis 29 % sind noch angemessen, wenn der Wunsch auf nachvollziehbaren Motiven beruht, der Lebenssituation entspricht und den Zielen der Eingliederungshilfe dient; eine Vergütungsvereinbarung des gewünschten Anbieters mit einem anderen Träger spricht gegen Unverhältnismäßigkeit.',
    quelle: 'zitiert in SG Freiburg, Urteil vom 01.03.2011 – S 9 SO 2640/10, Entscheidungsgründe',
    beleg: 'SEED-004; recht.md §6.3',
    verifikation: 'V-SEED',
  },
  {
    gericht: 'SG Karlsruhe',
    entscheidungsart: 'Gerichtsbescheid',
    datum: null,
    datumVermutet: '2015-05-20',
    aktenzeichen: 'S 1 SO 4334/14',
    prozent: 29,
    ungefaehr: true,
    ergebnis: 'unverhaeltnismaessig',
    leitsatz: 'Mehrkosten von rund 29 % (über 800 € monatlich) sind unverhältnismäßig.',
    aufgehobenDurch: 'LSG Baden-Württemberg – L 7 SO 2638/15',
    quelle: 'sozialgerichtsbarkeit.de',
    beleg: 'recht.md §6.3',
    verifikation: 'V-SEC',
    verifikationshinweis: 'Datum vermutlich 20.05.2015, ungeprüft.',
  },
  {
    gericht: 'LSG Baden-Württemberg',
    entscheidungsart: null,
    datum: null,
    aktenzeichen: 'L 7 SO 2638/15',
    prozent: 29,
    ungefaehr: true,
    ergebnis: 'angemessen',
    leitsatz:
      'Hob den Gerichtsbescheid des SG Karlsruhe (S 1 SO 4334/14, rund 29 % Mehrkosten) auf und verpflichtete den Träger zur Kostenzusicherung.',
    quelle: 'sozialgerichtsbarkeit.de (über die Vorinstanz)',
    beleg: 'recht.md §6.3',
    // eslint-disable-next-line no-restricted-syntax -- Maschinenwert, kein Text
    verifikation: 'UNVERIFIED',
    verifikationshinweis:
      'Datum, Art und Gründe der Entscheidung ungeprüft; die Einordnung als „angemessen“ folgt nur aus dem Tenor (Kostenzusicherung).',
  },
  {
    gericht: 'OVG Lüneburg',
    entscheidungsart: 'Beschluss',
    datum: '2004-02-16',
    aktenzeichen: '4 ME 400/03',
    prozent: 21.24,
    ergebnis: 'unverhaeltnismaessig',
    leitsatz: 'Mehrkosten von 21,24 % sind unverhältnismäßig, weil die günstigere Einrichtung objektiv deutlich besser geeignet war.',
    quelle: 'zitiert in SG Freiburg, Urteil vom 01.03.2011 – S 9 SO 2640/10, Entscheidungsgründe',
    beleg: 'SEED-004; recht.md §6.3',
    verifikation: 'V-SEED',
  },
  {
    gericht: 'SG Freiburg',
    entscheidungsart: 'Urteil',
    datum: '2011-03-01',
    aktenzeichen: 'S 9 SO 2640/10',
    prozent: 16.01,
    ergebnis: 'angemessen',
    leitsatz:
      '88,41 € statt 76,21 € täglich (16,01 %) sind bei gewichtigen, nachvollziehbaren Wunschgründen angemessen; Mehrkosten bis zu 30 % sind nicht unangemessen, wenn nachvollziehbare Motive sie rechtfertigen und das Wunschangebot nicht erkennbar schlechter geeignet ist.',
    faustregelBisProzent: 30,
    quelle: 'Wortlaut des Urteils (Tatbestand und Entscheidungsgründe)',
    beleg: 'SEED-004; recht.md §6.2 und §6.3',
    verifikation: 'V-SEED',
  },
  {
    gericht: 'SG Karlsruhe',
    entscheidungsart: null,
    datum: '2014-11-28',
    aktenzeichen: 'S 1 SO 750/14',
    prozent: 14,
    prozentBis: 18,
    ergebnis: 'angemessen',
    leitsatz:
      'Mehrkosten von 14 bis 18 % (Hilfe zur Pflege, Pflegeheim) sind angemessen; es gibt keine feste mathematische Grenze, abzuwägen ist im Einzelfall.',
    quelle: 'ra-siefarth.de, rechtsindex.de',
    beleg: 'recht.md §6.2 und §6.3',
    verifikation: 'V-SEC',
    verifikationshinweis: 'Art der Entscheidung nicht belegt.',
  },
  {
    gericht: 'SG Karlsruhe',
    entscheidungsart: null,
    datum: null,
    aktenzeichen: 'S 1 SO 3144/11',
    prozent: 12.05,
    ergebnis: 'unverhaeltnismaessig',
    leitsatz:
      '86,04 € statt 76,79 € täglich (12,05 %) sind unverhältnismäßig bei einem Heimwechsel ohne Abstimmung mit dem Träger (kein Wunsch- und Wahlrecht).',
    quelle: 'sozialgerichtsbarkeit.de, rechtslupe.de',
    beleg: 'recht.md §6.3',
    verifikation: 'V-SEC',
    verifikationshinweis: 'Datum und Art der Entscheidung ungeprüft.',
  },
];

/** Zitierform für die Begründung: `SG Freiburg, Urteil vom 01.03.2011 – S 9 SO 2640/10`. */
export function zitat(e: Gerichtsentscheidung): string {
  const art = e.entscheidungsart ?? 'Entscheidung';
  const vom = e.datum ? ` vom ${deutschesDatum(datum(e.datum))}` : '';
  return `${e.gericht}, ${art}${vom} – ${e.aktenzeichen}`;
}

/** Prozentsatz einer Entscheidung als Text („14–18 %“, „≈ 29 %“, „21,24 %“). */
export function prozentText(e: Gerichtsentscheidung): string {
  const zahl = (p: number) => String(p).replace('.', ',');
  const spanne = e.prozentBis !== undefined ? `${zahl(e.prozent)}–${zahl(e.prozentBis)}` : zahl(e.prozent);
  return `${e.ungefaehr ? '≈ ' : ''}${spanne} %`;
}

/** Abstand des Prozentsatzes `p` zum entschiedenen Fall (0 innerhalb einer Spanne). */
export function abstand(e: Gerichtsentscheidung, p: number): number {
  const bis = e.prozentBis ?? e.prozent;
  if (p < e.prozent) return e.prozent - p;
  if (p > bis) return p - bis;
  return 0;
}

/** So viele nächstgelegene Entscheidungen werden mindestens genannt (Gleichstände kommen hinzu). */
export const anzahlReferenzen = 3;

/**
 * Die Entscheidungen, die dem Prozentsatz `p` am nächsten liegen [DESIGN]: die drei mit dem
 * kleinsten Abstand (0 innerhalb einer Spanne), dazu jede weitere mit gleichem Abstand wie die
 * dritte, dazu jede Entscheidung, deren Faustregel „bis zu x %“ den Prozentsatz umfasst. Sortiert
 * nach Abstand, bei Gleichstand in Tabellenreihenfolge. Für p ≤ 0 (keine Mehrkosten) keine.
 */
export function naechsteEntscheidungen(
  p: number,
  tabelle: readonly Gerichtsentscheidung[] = mehrkostenRechtsprechung,
): Gerichtsentscheidung[] {
  if (!(p > 0)) return [];
  const sortiert = tabelle.map((e, i) => ({ e, i, d: abstand(e, p) })).sort((a, b) => a.d - b.d || a.i - b.i);
  const grenze = sortiert[Math.min(anzahlReferenzen, sortiert.length) - 1]?.d ?? 0;
  return sortiert
    .filter((x) => x.d <= grenze + 1e-9 || (x.e.faustregelBisProzent !== undefined && p <= x.e.faustregelBisProzent))
    .map((x) => x.e);
}

/**
 * Orientierungsbereiche für die Hinweistexte (recht.md §6.2 Nr. 5–6, §6.3). Sie entscheiden
 * nichts: das Ergebnis bleibt „abwaegungErforderlich“. Ein Bereich reicht bis `bis`, einschließlich
 * nur, wenn `bisEinschliesslich`; gemessen wird mit dem ungerundeten Prozentsatz.
 */
export interface Orientierungsbereich {
  bis: number;
  bisEinschliesslich: boolean;
  tendenz: 'eherAngemessen' | 'offen' | 'eherUnverhaeltnismaessig';
  text: string;
}

export const orientierungsbereiche: readonly Orientierungsbereich[] = [
  {
    bis: 20,
    bisEinschliesslich: false,
    tendenz: 'eherAngemessen',
    // recht.md §6.3 [DESIGN]: nie „unter 20 % nie unangemessen“ als Regel ausgeben.
    text: 'Orientierung (SG Freiburg 2011): Unterhalb von 20 % Mehrkosten haben Gerichte nur selten eine Unverhältnismäßigkeit angenommen. Eine Abwägung ist trotzdem erforderlich. Gegenbeispiel: SG Karlsruhe – S 1 SO 3144/11 hielt 12,05 % für unverhältnismäßig (Heimwechsel ohne Abstimmung mit dem Träger).',
  },
  {
    bis: 30,
    bisEinschliesslich: true,
    tendenz: 'eherAngemessen',
    text: 'Orientierung: Zwischen 20 % und 30 % entscheidet das Gewicht der Wunschgründe. SG Freiburg 2011: Mehrkosten bis zu 30 % sind nicht unangemessen, wenn nachvollziehbare Motive sie rechtfertigen und das Wunschangebot nicht erkennbar schlechter geeignet ist; je weiter unter 30 %, desto geringer die Anforderungen. SG Hildesheim (29 %) und VG Münster (30 %) hielten die Mehrkosten für angemessen; OVG Lüneburg hielt 21,24 % für unverhältnismäßig, weil das günstigere Angebot deutlich besser geeignet war.',
  },
  {
    bis: 50,
    bisEinschliesslich: false,
    tendenz: 'offen',
    text: 'Orientierung: Oberhalb von 30 % steigen die Anforderungen an Gewicht und Nachvollziehbarkeit der Wunschgründe deutlich; Mehrkosten von 50 % und mehr haben Gerichte als unverhältnismäßig angesehen. Eine Abwägung im Einzelfall ist erforderlich.',
  },
  {
    bis: Number.POSITIVE_INFINITY,
    bisEinschliesslich: true,
    tendenz: 'eherUnverhaeltnismaessig',
    text: 'Orientierung: Mehrkosten von 50 % und mehr haben Gerichte ohne weiteres als unverhältnismäßig angesehen (OVG Hamburg, LSG Niedersachsen-Bremen: 50 %; BVerwG: 75 %). Auch hier ist die Abwägung im Einzelfall zu begründen und zu dokumentieren.',
  },
];

export function orientierungFuer(p: number): Orientierungsbereich {
  const bereich =
    orientierungsbereiche.find((o) => p < o.bis || (o.bisEinschliesslich && p === o.bis)) ??
    orientierungsbereiche[orientierungsbereiche.length - 1];
  if (!bereich) throw new Error('Keine Orientierungsbereiche');
  return bereich;
}
