// Prüfungsart `erstattungsanspruch`: Anspruchsgrundlage und Höhe einer Erstattung zwischen
// Leistungsträgern — §§ 102–110 SGB X, § 16 SGB IX, § 14 Abs. 4 SGB IX a.F., § 98 Abs. 2 Satz 2
// SGB IX (recht.md §4.1–4.4, Entscheidungstabelle DT-ERST).
//
// Ablauf: (1) Anspruchsgrundlage nach DT-ERST, (2) Leistungsaufwendungen (anteilig nach
// Kalendertagen), (3) Grenzen in dieser Reihenfolge: § 105 Abs. 3 / § 103 Abs. 3 SGB X, „soweit nicht
// bereits selbst geleistet“, § 110 SGB X, § 109 SGB X, § 16 Abs. 3 SGB IX. Gerechnet wird exakt mit
// Brüchen; jeder Betrag wird einmal am Ende kaufmännisch gerundet (szenarien.md, Konventionen).
import { Begruendung, type Fehler } from '../gemeinsam/ergebnis.ts';
import { type Cent, cent, euro } from '../gemeinsam/geld.ts';
import { parameter, rechtsstaende, wertAmOderFehler } from '../gemeinsam/parameter.ts';
import { pruefungsart } from '../gemeinsam/pruefung.ts';
import { type JsonSchema, boolSchema, centSchema, datumSchema, liste, objekt, pruefungsSchema } from '../gemeinsam/validierung.ts';
import {
  type IsoDatum,
  type Tag,
  datum,
  deutschesDatum,
  kalenderdatum,
  plusMonate,
  plusTage,
  spaeter,
  tageEinschliesslich,
  tageImMonat,
} from '../kalender/datum.ts';

// ---------------------------------------------------------------------------------------------
// Trägerarten

export const traegerArten = [
  'egh',
  'sozialhilfe',
  'jugendhilfe',
  'sozialeEntschaedigung',
  'kriegsopferfuersorge',
  'krankenkasse',
  'pflegekasse',
  'rentenversicherung',
  'unfallversicherung',
  'bundesagentur',
] as const;
export type TraegerArt = (typeof traegerArten)[number];

export const traegerNamen: Record<TraegerArt, string> = {
  egh: 'Träger der Eingliederungshilfe',
  sozialhilfe: 'Träger der Sozialhilfe',
  jugendhilfe: 'Träger der öffentlichen Jugendhilfe',
  sozialeEntschaedigung: 'Träger der Sozialen Entschädigung',
  kriegsopferfuersorge: 'Träger der Kriegsopferfürsorge',
  krankenkasse: 'Krankenkasse',
  pflegekasse: 'Pflegekasse',
  rentenversicherung: 'Träger der Rentenversicherung',
  unfallversicherung: 'Träger der Unfallversicherung',
  bundesagentur: 'Bundesagentur für Arbeit',
};

export const traegerArtSchema = (beschreibung: string): JsonSchema => ({
  type: 'string',
  enum: [...traegerArten],
  description: beschreibung,
});

/**
 * §§ 103 Abs. 3, 105 Abs. 3, 108 Abs. 2 SGB X: Träger der Eingliederungshilfe, der Sozialhilfe, der
 * Kriegsopferfürsorge und der Jugendhilfe. Bis 31.12.2019 nannte der Wortlaut die Eingliederungshilfe
 * nicht, weil sie Teil der Sozialhilfe war (SGB XII Kapitel 6): der Träger der Eingliederungshilfe
 * fällt dann als Träger der Sozialhilfe unter die Vorschriften. Das Ergebnis ist daher in beiden
 * Fassungen dasselbe; nur das Zitat unterscheidet sich.
 */
export function istFuersorgetraeger(art: TraegerArt): boolean {
  return (
    art === 'egh' || art === 'sozialhilfe' || art === 'jugendhilfe' || art === 'kriegsopferfuersorge' || art === 'sozialeEntschaedigung'
  );
}

/**
 * Nachrang des zahlenden Trägers aus den beiden Trägerarten (recht.md §4.4 Nr. 2): Eingliederungshilfe
 * (§ 91 Abs. 1 SGB IX; bis 2019 § 2 Abs. 1 SGB XII) und Sozialhilfe (§ 2 Abs. 1 SGB XII) sind nachrangig
 * gegenüber den Sozialversicherungsträgern, der Bundesagentur für Arbeit und den Trägern der Sozialen
 * Entschädigung bzw. Kriegsopferfürsorge; die Jugendhilfe ebenso (§ 10 Abs. 1 SGB VIII). Das Verhältnis
 * der Fürsorgeträger untereinander (etwa Jugendhilfe und Eingliederungshilfe, § 10 Abs. 4 SGB VIII) hängt
 * von der Art der Behinderung ab und ist aus den Arten allein nicht ableitbar.
 */
export function nachrangAusArten(zahlender: TraegerArt, verpflichteter: TraegerArt): boolean {
  const nachrangig = zahlender === 'egh' || zahlender === 'sozialhilfe' || zahlender === 'jugendhilfe';
  const vorrangig =
    verpflichteter === 'krankenkasse' ||
    verpflichteter === 'pflegekasse' ||
    verpflichteter === 'rentenversicherung' ||
    verpflichteter === 'unfallversicherung' ||
    verpflichteter === 'bundesagentur' ||
    verpflichteter === 'sozialeEntschaedigung' ||
    verpflichteter === 'kriegsopferfuersorge';
  return nachrangig && vorrangig;
}

/** Die Norm, die den Nachrang des zahlenden Trägers anordnet, in der am Tag geltenden Fassung. */
function nachrangNorm(art: TraegerArt, eghImSgb9: boolean): string {
  if (art === 'jugendhilfe') return '§ 10 Abs. 1 SGB VIII';
  if (art === 'egh' && eghImSgb9) return '§ 91 Abs. 1 SGB IX';
  return '§ 2 Abs. 1 SGB XII';
}

/** Die Träger der §§ 103 Abs. 3, 105 Abs. 3, 108 Abs. 2 SGB X im Wortlaut der am Tag geltenden Fassung. */
export function fuersorgetraegerText(sgb10MitEingliederungshilfe: boolean, mitSozialerEntschaedigung = false): string {
  if (mitSozialerEntschaedigung)
    return 'Träger der Eingliederungshilfe, der Sozialhilfe, der Sozialen Entschädigung (soweit sie Besondere Leistungen im Einzelfall erbringen), der Soldatenentschädigung nach Kapitel 5 des Soldatenentschädigungsgesetzes und der Jugendhilfe';
  return sgb10MitEingliederungshilfe
    ? 'Träger der Eingliederungshilfe, der Sozialhilfe, der Kriegsopferfürsorge und der Jugendhilfe'
    : 'Träger der Sozialhilfe (dazu gehörte bis 31.12.2019 die Eingliederungshilfe nach dem SGB XII), der Kriegsopferfürsorge und der Jugendhilfe';
}

/**
 * Seit dem 01.01.2024 (SGB XIV, Gesetz vom 12.12.2019, BGBl. I S. 2652) nennen §§ 103–105, 108 SGB X statt
 * der Kriegsopferfürsorge die Träger der Sozialen Entschädigung und der Soldatenentschädigung.
 */
export const sozialeEntschaedigungAb = '2024-01-01';

/**
 * § 6 Abs. 1 SGB IX: Rehabilitationsträger. Pflegekassen sind es nie; Träger der Sozialhilfe nur, solange
 * sie die Eingliederungshilfe trugen (§ 6 Abs. 1 Nr. 7 SGB IX a.F. und in der Fassung bis 31.12.2019).
 */
export function istRehabilitationstraeger(art: TraegerArt, eghImSgb9: boolean): boolean {
  if (art === 'pflegekasse') return false;
  if (art === 'sozialhilfe') return !eghImSgb9;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Ein- und Ausgabe

export type Grundlagenwahl = 'vorlaeufigGesetzlich' | 'nachtraeglichEntfallen' | 'nachrang' | 'unzustaendig';
export type ZahlenderTraeger = 'erster' | 'zweiter' | 'dritter' | 'vorlaeufig98' | 'sonstiger';

export interface Rechnung {
  von?: IsoDatum;
  bis?: IsoDatum;
  stunden?: number;
  stundensaetzeCent?: number[];
}

export interface Leistung {
  von: IsoDatum;
  bis: IsoDatum;
  betragCent: number;
  /** Bezug von `betragCent`: ganzer Zeitraum (Standard), Monatsbetrag oder Tagesbetrag. */
  je?: 'zeitraum' | 'monat' | 'tag';
  grobFahrlaessigZuUnrecht?: boolean;
  rechnung?: Rechnung;
}

export interface Verfahren {
  zahlenderTraeger: ZahlenderTraeger;
  weitergeleitet?: boolean;
  weiterleitungRechtzeitig?: boolean;
  rueckgabeVersucht?: boolean;
  faktischerZwang?: boolean;
  abweichendeVereinbarung?: boolean;
  ursacheDerBehinderung?: boolean;
}

export interface ErstattungsanspruchEingabe {
  art: 'erstattungsanspruch';
  rechtsstand?: IsoDatum;
  leistungsbeginn: IsoDatum;
  verfahren: Verfahren;
  zahlender: { art: TraegerArt };
  verpflichteter: {
    art: TraegerArt;
    insgesamtZustaendig?: boolean;
    kenntnisVoraussetzungen?: IsoDatum;
    selbstGeleistetCent?: number;
  };
  grundlage?: Grundlagenwahl;
  leistungen: Leistung[];
  auslagenCent?: number;
  verwaltungskostenCent?: number;
  bagatellgrenzeCent?: number;
}

export interface Rechnungspruefung {
  /** Index in `leistungen`. */
  leistung: number;
  /** Rechnungszeitraum weicht vom Erstattungszeitraum der Leistung ab (PERIOD_MISMATCH). */
  zeitraumAbweichend: boolean | null;
  /** Vorschlag: Rechnungsbetrag anteilig nach Kalendertagen des Erstattungszeitraums (keine automatische Korrektur). */
  vorschlagCent: number | null;
  /** Rechnungsbetrag passt nicht zu Stunden × Stundensatz (INVOICE_RATE_MISMATCH). */
  stundensatzAbweichend: boolean | null;
  erwartetMinCent: number | null;
  erwartetMaxCent: number | null;
  durchschnittStundensatzCent: number | null;
}

export interface ErstattungsanspruchErgebnis {
  /** Die Norm, auf die der Anspruch gestützt wird, oder `null`, wenn kein Anspruch besteht. */
  anspruchsgrundlage: string | null;
  leistungenCent: number;
  verwaltungskostenpauschaleCent: number;
  auslagenCent: number;
  erstattungCent: number;
  bagatelle: boolean;
  /** Zusatz: welches SGB IX für §§ 14, 16 gilt. */
  recht: 'SGB IX 2018' | 'SGB IX a.F.';
  /** Zusatz: erstattungsfähige Leistungsaufwendungen nach den Kürzungen, vor § 110 SGB X. */
  leistungenBerechnetCent: number;
  /** Zusatz: erstattete Verwaltungskosten — immer 0 (§ 109 Satz 1 SGB X). */
  verwaltungskostenCent: number;
  /** Zusatz: Kalendertage der erstattungsfähigen Leistungszeiträume (Überschneidungen einmal gezählt). */
  tage: number;
  /** Zusatz: `leistungenBerechnetCent` je Kalendertag, oder `null` ohne Tage. */
  durchschnittProTagCent: number | null;
  /** Zusatz: Plausibilitätsprüfung der angegebenen Rechnungen (nur Hinweise, keine Korrektur). */
  rechnungspruefung: Rechnungspruefung[];
}

// ---------------------------------------------------------------------------------------------
// Exakte Bruchrechnung (BigInt): Pro-rata-Anteile verschiedener Monate werden ohne
// Zwischenrundung addiert; gerundet wird einmal am Ende (half up).

interface Bruch {
  z: bigint;
  n: bigint;
}

function ggt(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function bruch(z: bigint, n = 1n): Bruch {
  const g = ggt(z, n);
  return g > 1n ? { z: z / g, n: n / g } : { z, n };
}

const NULL_BRUCH: Bruch = { z: 0n, n: 1n };

function plus(a: Bruch, b: Bruch): Bruch {
  return bruch(a.z * b.n + b.z * a.n, a.n * b.n);
}

function minus(a: Bruch, b: Bruch): Bruch {
  return bruch(a.z * b.n - b.z * a.n, a.n * b.n);
}

function mal(a: Bruch, b: Bruch): Bruch {
  return bruch(a.z * b.z, a.n * b.n);
}

function kleiner(a: Bruch, b: Bruch): boolean {
  return a.z * b.n < b.z * a.n;
}

/** Kaufmännisch (half up) auf ganze Cent; negative Werte gibt es hier nicht (auf 0 begrenzt). */
function runde(a: Bruch): Cent {
  if (a.z <= 0n) return cent(0);
  return cent(Number((2n * a.z + a.n) / (2n * a.n)));
}

// ---------------------------------------------------------------------------------------------
// Beträge der Leistungszeiträume

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
function tageVereinigt(zeitraeume: [Tag, Tag][]): number {
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

// ---------------------------------------------------------------------------------------------
// Anspruchsgrundlage (DT-ERST, recht.md §4.4 Nr. 1–5)

type Anspruchsart = 'sgb9-16' | 'sgb9-14-af' | 'sgb9-98' | 'sgb12-106-af' | 'sgbx-102' | 'sgbx-103' | 'sgbx-104' | 'sgbx-105' | 'keine';

interface Grundlage {
  art: Anspruchsart;
  norm: string | null;
}

interface Lage {
  e: ErstattungsanspruchEingabe;
  b: Begruendung;
  stand: Tag;
  /** § 14 SGB IX a.F. (Leistungsbeginn vor 01.01.2018). */
  altesSgb9: boolean;
  /** Eingliederungshilfe im SGB IX Teil 2 (ab 01.01.2020). */
  eghImSgb9: boolean;
  /** SGB X nennt die Träger der Eingliederungshilfe ausdrücklich (ab 01.01.2020 [UNVERIFIED]). */
  sgb10MitEgh: boolean;
  /** Für Vergleichsrechnungen: die Grenze des § 110 Abs. 2 SGB XII nicht anwenden. */
  ohneSozialhilfeGrenze?: boolean;
}

const sgbxNormen: Record<Grundlagenwahl, { art: Anspruchsart; norm: string; text: string }> = {
  vorlaeufigGesetzlich: {
    art: 'sgbx-102',
    norm: '§ 102 SGB X',
    text: 'Der zahlende Träger hat auf Grund gesetzlicher Vorschriften vorläufig geleistet; der zur Leistung verpflichtete Träger ist erstattungspflichtig. Der Umfang richtet sich nach dem Recht des vorleistenden Trägers (Abs. 2).',
  },
  nachtraeglichEntfallen: {
    art: 'sgbx-103',
    norm: '§ 103 SGB X',
    text: 'Die Leistungspflicht des zahlenden Trägers ist nachträglich entfallen; der für die entsprechende Leistung zuständige Träger ist erstattungspflichtig, soweit er nicht bereits selbst geleistet hat. Der Umfang richtet sich nach dem Recht des zuständigen Trägers (Abs. 2).',
  },
  nachrang: {
    art: 'sgbx-104',
    norm: '§ 104 SGB X',
    text: 'Der zahlende Träger war nachrangig verpflichtet; der vorrangig verpflichtete Träger ist erstattungspflichtig, soweit er nicht bereits selbst geleistet hat. Der Umfang richtet sich nach dem Recht des vorrangig verpflichteten Trägers (Abs. 3).',
  },
  unzustaendig: {
    art: 'sgbx-105',
    norm: '§ 105 SGB X',
    text: 'Der zahlende Träger hat als unzuständiger Träger geleistet, ohne dass § 102 Abs. 1 SGB X vorliegt; der zuständige Träger ist erstattungspflichtig, soweit er nicht bereits selbst geleistet hat. Der Umfang richtet sich nach dem Recht des zuständigen Trägers (Abs. 2).',
  },
};

/**
 * recht.md §4.4 Nr. 2: § 104 SGB X aus dem Nachrang des zahlenden Trägers abgeleitet, nicht nur gewählt.
 * Der Nachrang folgt aus dem Leistungsrecht des zahlenden Trägers (`nachrangAusArten`).
 */
function abgeleiteterNachrang(l: Lage): Grundlage {
  const { b, e } = l;
  const norm = nachrangNorm(e.zahlender.art, l.eghImSgb9);
  const wortlaut: Record<string, string> = {
    '§ 91 Abs. 1 SGB IX':
      'Eingliederungshilfe erhält, wer die erforderliche Leistung nicht von anderen oder von Trägern anderer Sozialleistungen erhält.',
    '§ 2 Abs. 1 SGB XII':
      'Sozialhilfe erhält nicht, wer die erforderliche Leistung von anderen, insbesondere von Trägern anderer Sozialleistungen, erhält.',
    '§ 10 Abs. 1 SGB VIII':
      'Verpflichtungen anderer, insbesondere der Träger anderer Sozialleistungen, werden durch die Jugendhilfe nicht berührt.',
  };
  b.norm(
    norm,
    `${wortlaut[norm] ?? ''} Die Leistung des zahlenden Trägers („${traegerNamen[e.zahlender.art]}“) ist daher gegenüber der des erstattungspflichtigen Trägers („${traegerNamen[e.verpflichteter.art]}“) nachrangig.`,
  );
  b.norm('§ 104 SGB X', sgbxNormen.nachrang.text);
  b.hinweis(
    'NACHRANG_ABGELEITET',
    `Die Grundlage § 104 SGB X ist aus den Trägerarten abgeleitet (${norm}). Voraussetzung ist, dass der Leistungsberechtigte gegen den erstattungspflichtigen Träger einen Anspruch auf eine gleichartige Leistung hatte; kein Anspruch besteht, soweit der zahlende Träger auch bei rechtzeitiger Leistung des anderen hätte leisten müssen (§ 104 Abs. 1 Satz 3 SGB X). Eine andere Grundlage kann mit „grundlage“ vorgegeben werden.`,
  );
  return { art: 'sgbx-104', norm: '§ 104 SGB X' };
}

/**
 * § 10 Abs. 4 SGB VIII: Zwischen Jugendhilfe und Eingliederungshilfe (bis 2019 Sozialhilfe) entscheidet
 * die Art der Behinderung über den Vorrang – bei körperlicher oder geistiger Behinderung geht die
 * Eingliederungshilfe vor (Satz 2), sonst die Jugendhilfe (Satz 1). Aus den Trägerarten allein nicht
 * ableitbar; ein Hinweis sagt, wann § 104 SGB X trägt.
 */
function hinweisVorrangJugendhilfe(l: Lage): void {
  const z = l.e.zahlender.art;
  const v = l.e.verpflichteter.art;
  const egh = (a: TraegerArt): boolean => a === 'egh' || a === 'sozialhilfe';
  if (!((z === 'jugendhilfe' && egh(v)) || (egh(z) && v === 'jugendhilfe'))) return;
  l.b.hinweis(
    'VORRANG_JUGENDHILFE_PRUEFEN',
    z === 'jugendhilfe'
      ? 'Bei körperlicher oder geistiger Behinderung eines jungen Menschen geht die Eingliederungshilfe der Jugendhilfe vor (§ 10 Abs. 4 Satz 2 SGB VIII); dann ist der Jugendhilfeträger nachrangig verpflichtet und hat einen Anspruch nach § 104 SGB X, auch wenn er nicht weitergeleitet hat (BSG, Urteil vom 04.04.2019 – B 8 SO 11/17 R; BSG, Urteil vom 25.09.2014 – B 8 SO 7/13 R). Bitte dann „grundlage: nachrang“ angeben.'
      : 'Bei seelischer Behinderung eines jungen Menschen geht die Jugendhilfe der Eingliederungshilfe vor (§ 10 Abs. 4 Satz 1 SGB VIII); dann ist der zahlende Träger nachrangig verpflichtet und hat einen Anspruch nach § 104 SGB X. Bitte dann „grundlage: nachrang“ angeben.',
  );
}

/** DT-ERST Nr. 5: §§ 102–105 SGB X nach der Angabe `grundlage` oder, ohne sie, nach den Tatsachen. */
function allgemeineGrundlage(l: Lage, wahl: Grundlagenwahl | undefined = l.e.grundlage): Grundlage {
  const { b } = l;
  if (!wahl && nachrangAusArten(l.e.zahlender.art, l.e.verpflichteter.art)) return abgeleiteterNachrang(l);
  if (!wahl) hinweisVorrangJugendhilfe(l);
  if (!wahl)
    b.hinweis(
      'GRUNDLAGE_ANGENOMMEN',
      'Ohne Angabe „grundlage“ wird § 105 SGB X angenommen: Der zahlende Träger war für die Leistung nicht zuständig. Liegen die Voraussetzungen der §§ 102–104 SGB X vor, gehen diese vor (§ 106 Abs. 1 SGB X) — bitte angeben.',
    );
  const g = sgbxNormen[wahl ?? 'unzustaendig'];
  b.norm(g.norm, g.text);
  if (g.art === 'sgbx-102' && istRehabilitationstraeger(l.e.zahlender.art, l.eghImSgb9)) {
    // § 24 Satz 3 SGB IX: bei Leistungen zur Teilhabe ist § 43 SGB I nicht anzuwenden; für das alte
    // Recht ebenso BSGE 98, 267 (§ 14 SGB IX a.F. als Sonderregel).
    b.norm(
      l.altesSgb9 ? '§ 14 SGB IX a.F.' : '§ 24 Satz 3 SGB IX',
      l.altesSgb9
        ? 'Eine vorläufige Leistung nach § 43 SGB I trägt bei Leistungen zur Teilhabe keinen Anspruch nach § 102 SGB X; § 14 SGB IX a.F. geht vor (BSG, Urteil vom 26.06.2007 – B 1 KR 34/06 R, BSGE 98, 267).'
        : 'Werden Leistungen zur Teilhabe beantragt, ist § 43 SGB I nicht anzuwenden; eine vorläufige Leistung nach § 43 SGB I trägt daher keinen Anspruch nach § 102 SGB X.',
    );
    b.hinweis(
      'VORLAEUFIG_NICHT_NACH_43_SGB_I',
      '§ 102 SGB X ist nur gerechnet, weil als Grundlage „vorläufig aufgrund gesetzlicher Vorschriften geleistet“ angegeben ist. Bitte prüfen, dass die Vorleistungspflicht auf einer anderen gesetzlichen Vorschrift als § 43 SGB I beruht (z. B. § 98 Abs. 2 Satz 1 SGB IX).',
    );
  }
  return { art: g.art, norm: g.norm };
}

function af(l: Lage): string {
  return l.altesSgb9 ? ' a.F.' : '';
}

/** DT-ERST Nr. 4: vorläufige Leistung des Trägers des tatsächlichen Aufenthalts. */
function vorlaeufigeLeistung(l: Lage): Grundlage {
  const { b, e } = l;
  b.hinweis(
    'PROVISIONAL_98_2',
    'Vorläufige Leistung des Trägers des tatsächlichen Aufenthalts, weil der gewöhnliche Aufenthalt nicht binnen vier Wochen feststand.',
  );
  if (l.eghImSgb9) {
    if (e.verpflichteter.art !== 'egh' || e.zahlender.art !== 'egh')
      b.hinweis(
        'TRAEGERART_UNPASSEND',
        '§ 98 Abs. 2 SGB IX regelt die Erstattung zwischen Trägern der Eingliederungshilfe; die angegebenen Trägerarten passen nicht dazu.',
      );
    b.norm(
      '§ 98 Abs. 2 Satz 1 SGB IX',
      'Stand innerhalb von vier Wochen nicht fest, ob und wo der gewöhnliche Aufenthalt begründet worden ist, hatte der für den tatsächlichen Aufenthalt zuständige Träger der Eingliederungshilfe unverzüglich zu entscheiden und vorläufig zu leisten.',
    );
    b.norm(
      '§ 98 Abs. 2 Satz 2 SGB IX',
      'Steht der gewöhnliche Aufenthalt fest, wird der Träger nach Abs. 1 örtlich zuständig und hat dem vorläufig leistenden Träger die Kosten zu erstatten. Hilfsweise trüge § 102 SGB X, weil Abs. 2 Satz 1 eine gesetzliche Vorleistungspflicht ist (Festlegung des Regelwerks).',
    );
    return { art: 'sgb9-98', norm: '§ 98 Abs. 2 Satz 2 SGB IX' };
  }
  // Bis 31.12.2019: § 98 Abs. 2 Satz 3 SGB XII (nur stationäre Leistungen), Erstattung nach § 106 Abs. 1 Satz 1 SGB XII.
  if (!istFuersorgetraeger(e.verpflichteter.art) || !istFuersorgetraeger(e.zahlender.art))
    b.hinweis(
      'TRAEGERART_UNPASSEND',
      '§ 106 SGB XII a.F. regelt die Kostenerstattung zwischen Trägern der Sozialhilfe; die angegebenen Trägerarten passen nicht dazu.',
    );
  b.norm(
    '§ 98 Abs. 2 Satz 3 SGB XII a.F.',
    `Leistungsbeginn am ${deutschesDatum(datum(e.leistungsbeginn))}, vor dem 01.01.2020: Die Eingliederungshilfe war Sozialhilfe. Stand bei einer stationären Leistung innerhalb von vier Wochen nicht fest, ob und wo der gewöhnliche Aufenthalt begründet worden ist, hatte der Träger des tatsächlichen Aufenthalts vorläufig zu leisten.`,
  );
  b.norm(
    '§ 106 Abs. 1 Satz 1 SGB XII a.F.',
    'Der nach § 98 Abs. 2 Satz 1 SGB XII zuständige Träger hat dem vorläufig leistenden Träger die aufgewendeten Kosten zu erstatten, soweit die Leistung dem SGB XII entspricht (§ 110 Abs. 1 SGB XII a.F.).',
  );
  // Statut geht recht.md vor: § 110 Abs. 2 Satz 1 SGB XII a.F. nimmt die vorläufige Leistung nach
  // § 98 Abs. 2 Satz 3 von der 2.560-Euro-Grenze ausdrücklich aus.
  const grenze = wertAmOderFehler(parameter.bagatellgrenzeSozialhilfeAltesRecht, l.stand).wert;
  b.norm(
    '§ 110 Abs. 2 Satz 1 SGB XII a.F.',
    `Die Grenze von ${euro(grenze)} für Kostenerstattungen unter Trägern der Sozialhilfe gilt nach ihrem Wortlaut nicht „in den Fällen einer vorläufigen Leistungserbringung nach § 98 Abs. 2 Satz 3“.`,
  );
  b.hinweis(
    'SGB12_BAGATELLGRENZE',
    `Für §§ 106 ff. SGB XII a.F. gilt eine Mindestgrenze von ${euro(grenze)}; § 110 Abs. 2 Satz 1 SGB XII a.F. nimmt die vorläufige Leistung nach § 98 Abs. 2 Satz 3 davon aus. Die Grenze ist daher nicht angewandt; § 110 SGB X ist ergänzend angewandt (§ 37 SGB I).`,
  );
  return { art: 'sgb12-106-af', norm: '§ 106 Abs. 1 Satz 1 SGB XII a.F.' };
}

/** DT-ERST Nr. 1: leistender Träger nach Weiterleitung (zweiter) oder nach Turboklärung (dritter). */
function leistenderTraegerNachWeiterleitung(l: Lage): Grundlage {
  const { b, e } = l;
  const v = e.verfahren;
  const dritter = v.zahlenderTraeger === 'dritter';
  if (!istRehabilitationstraeger(e.zahlender.art, l.eghImSgb9) || !istRehabilitationstraeger(e.verpflichteter.art, l.eghImSgb9)) {
    b.hinweis(
      'KEIN_REHATRAEGER',
      `${l.altesSgb9 ? '§ 14 Abs. 4 SGB IX a.F.' : '§ 16 SGB IX'} gilt nur zwischen Rehabilitationsträgern (§ 6 Abs. 1 SGB IX); „${traegerNamen[istRehabilitationstraeger(e.zahlender.art, l.eghImSgb9) ? e.verpflichteter.art : e.zahlender.art]}“ ist keiner. Geprüft werden die §§ 102–105 SGB X.`,
    );
    return allgemeineGrundlage(l);
  }
  if (v.rueckgabeVersucht)
    b.hinweis(
      'RETURN_REJECTED',
      'Die versuchte Rückgabe des Antrags war unwirksam; der Träger, an den weitergeleitet wurde, blieb gebunden.',
    );
  if (v.weitergeleitet === true && v.weiterleitungRechtzeitig === false)
    b.hinweis(
      'WEITERLEITUNG_VERSPAETET',
      'Die Weiterleitung an den zahlenden Träger war verspätet. Eine verspätete Weiterleitung ist rechtlich ohne Wirkung (GE Reha-Prozess § 21 Abs. 1); ob der zahlende Träger leistender Träger geworden ist, bitte prüfen. Gerechnet ist als leistender Träger nach Weiterleitung.',
    );
  if (l.altesSgb9) {
    b.norm(
      '§ 14 SGB IX a.F.',
      `Leistungsbeginn am ${deutschesDatum(datum(e.leistungsbeginn))}, vor dem 01.01.2018: Es gilt § 14 SGB IX in der bis 31.12.2017 geltenden Fassung; eine Verwaltungskostenpauschale kennt er nicht.`,
    );
    if (dritter) {
      // BSG, Urteil vom 08.03.2016 – B 1 KR 27/15 R: § 14 SGB IX a.F. kennt nur den ersten und den
      // zweiten Träger; der gesetzeswidrig dritte Träger erstattet sich nur als unzuständiger Träger.
      b.norm(
        '§ 14 Abs. 1 Satz 2 SGB IX a.F.',
        'Vor 2018 kannte § 14 SGB IX nur den ersten und den zweiten Träger; eine zweite Weiterleitung sah er nicht vor. Der Träger, an den ein zweites Mal weitergeleitet wurde, hat keinen Anspruch nach § 14 Abs. 4 Satz 1 SGB IX a.F., sondern nur den eines unzuständigen Trägers nach § 105 SGB X (BSG, Urteil vom 08.03.2016 – B 1 KR 27/15 R).',
      );
      b.hinweis(
        'KEINE_TURBOKLAERUNG_ALTES_RECHT',
        'Eine zweite Weiterleitung (Turboklärung) gab es vor 2018 nicht. Der dritte Träger erhält nur die Erstattung eines unzuständigen Trägers (§ 105 SGB X), im Umfang nach dem Recht des zuständigen Trägers.',
      );
      return allgemeineGrundlage(l, e.grundlage ?? (nachrangAusArten(e.zahlender.art, e.verpflichteter.art) ? undefined : 'unzustaendig'));
    }
    b.norm(
      '§ 14 Abs. 2 Satz 3 SGB IX a.F.',
      'Der zahlende Träger hat nach Weiterleitung des Antrags geleistet; er war im Außenverhältnis umfassend zuständig („aufgedrängte Zuständigkeit“, Bayerisches LSG, Urteil vom 21.01.2016 – L 8 SO 235/14).',
    );
    b.norm(
      '§ 14 Abs. 4 Satz 1 SGB IX a.F.',
      'Stellt sich nach der Bewilligung heraus, dass ein anderer Rehabilitationsträger zuständig ist, erstattet dieser dem leistenden Träger dessen Aufwendungen nach den für den leistenden Träger geltenden Rechtsvorschriften (BSGE 98, 267).',
    );
    return { art: 'sgb9-14-af', norm: '§ 14 Abs. 4 Satz 1 SGB IX a.F.' };
  }
  b.norm(
    '§ 16 SGB IX',
    `Leistungsbeginn am ${deutschesDatum(datum(e.leistungsbeginn))}, ab dem 01.01.2018: Es gilt § 16 SGB IX in der Fassung des Bundesteilhabegesetzes.`,
  );
  if (e.verpflichteter.insgesamtZustaendig === false) {
    b.hinweis(
      'TEILZUSTAENDIGKEIT',
      '§ 16 Abs. 1 SGB IX setzt voraus, dass der andere Träger für die Leistungen insgesamt zuständig ist. Das ist verneint; geprüft werden die §§ 102–105 SGB X. Bei Beteiligung nach § 15 SGB IX kommt § 16 Abs. 2 SGB IX in Betracht (nicht berechnet).',
    );
    return allgemeineGrundlage(l);
  }
  if (e.verpflichteter.insgesamtZustaendig === undefined)
    b.hinweis(
      'INSGESAMT_ZUSTAENDIG_ANGENOMMEN',
      'Angenommen ist, dass der erstattungspflichtige Träger für die erbrachten Leistungen insgesamt zuständig ist (§ 16 Abs. 1 SGB IX).',
    );
  if (dritter) {
    b.norm(
      '§ 14 Abs. 3 SGB IX',
      'Der zahlende Träger ist nach einer zweiten Weiterleitung mit Einvernehmen (Turboklärung) leistender Träger geworden; für ihn gelten die Fristen nach § 14 Abs. 2 Satz 4 SGB IX.',
    );
    const nach16 = betragFuer(l, { art: 'sgb9-16', norm: '§ 16 Abs. 1 SGB IX' });
    const nach105 = betragFuer(l, { art: 'sgbx-105', norm: '§ 105 SGB X' });
    b.rechtsfrage(
      'TURBOKLAERUNG_DRITTER_TRAEGER',
      `Erhält der dritte Träger nach einer Turboklärung die Erstattung nach § 16 Abs. 1 SGB IX? Die Träger der Eingliederungshilfe, der Jugendhilfe und der Sozialen Entschädigung haben die Gemeinsame Empfehlung Reha-Prozess nicht vereinbart; einige bestreiten diesen Anspruch. Gerechnet ist nach dem Wortlaut des § 14 Abs. 3 SGB IX, der den dritten Träger zum leistenden Träger macht: ${euro(nach16)} mit Verwaltungskostenpauschale. Nach der anderen Lesart bliebe nur der Anspruch eines unzuständigen Trägers nach § 105 SGB X, wie ihn das BSG für den dritten Träger nach altem Recht angenommen hat (Urteil vom 08.03.2016 – B 1 KR 27/15 R): ${euro(nach105)}.`,
    );
  } else
    b.norm(
      '§ 14 Abs. 2 Satz 4 SGB IX',
      'Der zahlende Träger hat nach Weiterleitung des Antrags als leistender Träger geleistet; er war im Außenverhältnis nach allen in Betracht kommenden Rechtsgrundlagen zuständig (BSG, Urteil vom 10.07.2014 – B 10 SF 1/14 R).',
    );
  b.norm(
    '§ 16 Abs. 1 SGB IX',
    'Ein anderer Rehabilitationsträger ist für die erbrachten Leistungen insgesamt zuständig; er erstattet die Aufwendungen des leistenden Trägers nach den für den leistenden Träger geltenden Rechtsvorschriften.',
  );
  return { art: 'sgb9-16', norm: '§ 16 Abs. 1 SGB IX' };
}

const faktischerZwangNorm = '§ 14 Abs. 4 Satz 3 Hs. 2 SGB IX a.F. i.V.m. § 105 SGB X';

/**
 * Ausnahme des faktischen Zwangs zur Vorleistung (recht.md §4.4 Nr. 2): Der erste Träger war
 * gezwungen zu leisten (etwa durch eine gerichtliche Verpflichtung); § 105 SGB X bleibt trotz des
 * Ausschlusses anwendbar. Nach altem Recht vom BSG anerkannt, nach § 16 Abs. 4 SGB IX offen.
 * RECHTSFRAGE: ob die Ausnahme § 16 Abs. 4 SGB IX übersteht, und ob § 102 oder § 105 SGB X trägt.
 */
function faktischerZwang(l: Lage, sperrnorm: string): Grundlage {
  const { b } = l;
  const norm = l.altesSgb9 ? faktischerZwangNorm : '§ 105 SGB X';
  const g: Grundlage = { art: 'sgbx-105', norm };
  b.norm(
    norm,
    l.altesSgb9
      ? 'Der erste Träger war faktisch zur Vorleistung gezwungen. In diesem Ausnahmefall bleibt § 105 SGB X trotz § 14 Abs. 4 Satz 3 SGB IX a.F. anwendbar (Bayerisches LSG, Urteil vom 21.01.2016 – L 8 SO 235/14).'
      : `Der erste Träger war faktisch zur Vorleistung gezwungen. Wie nach altem Recht bleibt § 105 SGB X trotz ${sperrnorm} anwendbar; so hat das LSG Baden-Württemberg (Urteil – L 7 SO 1571/23) dem erstangegangenen Träger, der zur Leistung verurteilt worden war, die Kosten gegen den zuständigen Träger zugesprochen.`,
  );
  b.norm(
    'BSG, Urteil vom 12.12.2013 – B 4 AS 14/13 R',
    'Wer faktisch zur Vorleistung gezwungen wurde, verliert den Erstattungsanspruch nicht (Rn. 14).',
  );
  b.norm(
    'BSG, Urteil vom 20.10.2009 – B 5 R 44/08 R',
    'Ist der erstangegangene Träger einem Leistungszwang ausgesetzt, der dem des zweitangegangenen Trägers vergleichbar ist, und erbringt er deshalb die Leistung, ist ein Erstattungsanspruch nicht ausgeschlossen (BSGE 104, 294). Das BSG stützt ihn auf § 102 SGB X; gerechnet ist nach § 105 SGB X, der den Umfang nach dem Recht des zuständigen Trägers bemisst.',
  );
  b.hinweis(
    'EXCEPTIONAL_REVIEW',
    'Ausnahmefall: Der Anspruch beruht auf der Rechtsprechung zum faktischen Zwang zur Vorleistung (BSG, Urteil vom 20.10.2009 – B 5 R 44/08 R; BSG, Urteil vom 12.12.2013 – B 4 AS 14/13 R). Die Tatsachen, die den Zwang belegen (gerichtliche Verpflichtung, Aufforderung zur Vorleistung, angedrohte Klage), sind im Einzelfall zu prüfen.',
  );
  const betrag105 = betragFuer(l, g);
  const betrag102 = betragFuer(l, { art: 'sgbx-102', norm: '§ 102 SGB X' });
  const andere102 =
    betrag102 === betrag105
      ? `Nach § 102 SGB X (Umfang nach dem Recht des vorleistenden Trägers, ohne die Begrenzung auf die Zeit ab Kenntnis nach § 105 Abs. 3 SGB X) ergäbe sich hier derselbe Betrag (${euro(betrag102)}).`
      : `Nach § 102 SGB X (Umfang nach dem Recht des vorleistenden Trägers, ohne die Begrenzung auf die Zeit ab Kenntnis nach § 105 Abs. 3 SGB X) ergäben sich ${euro(betrag102)} statt ${euro(betrag105)}.`;
  if (l.altesSgb9)
    b.rechtsfrage(
      'FAKTISCHER_ZWANG_GRUNDLAGE',
      `Faktischer Zwang zur Vorleistung – welche Anspruchsgrundlage? Gerechnet ist nach § 105 SGB X, wie es das Bayerische LSG (Urteil vom 21.01.2016 – L 8 SO 235/14) für den zur Vorleistung gezwungenen ersten Träger getan hat: ${euro(betrag105)}. Das BSG (Urteil vom 20.10.2009 – B 5 R 44/08 R) hält in diesem Fall einen Anspruch nach § 102 SGB X für gegeben. ${andere102}`,
    );
  else
    b.rechtsfrage(
      'FAKTISCHER_ZWANG_NEUES_RECHT',
      `Faktischer Zwang zur Vorleistung nach § 16 Abs. 4 SGB IX: Ob der erstangegangene Träger, der nicht weitergeleitet hat, den Erstattungsanspruch behält, wenn er faktisch zur Vorleistung gezwungen war, hat das BSG für das Recht ab 2018 nicht entschieden. Angewandt ist die Ausnahme, weil § 16 Abs. 4 SGB IX den Ausschluss aus § 14 Abs. 4 Satz 3 SGB IX a.F. übernommen hat, zu dem das BSG sie anerkannt hat (Urteil vom 20.10.2009 – B 5 R 44/08 R; Urteil vom 12.12.2013 – B 4 AS 14/13 R), und das LSG Baden-Württemberg (Urteil – L 7 SO 1571/23) sie nach neuem Recht angewandt hat: ${euro(betrag105)}. Nach der anderen Lesart schließt § 16 Abs. 4 SGB IX den Anspruch ohne Ausnahme aus; der erste Träger erhielte 0,00 €. ${andere102}`,
    );
  return g;
}

/** DT-ERST Nr. 2 und 3: der erstangegangene Träger hat selbst geleistet. */
function ersterTraeger(l: Lage): Grundlage {
  const { b, e } = l;
  const v = e.verfahren;
  if (!istRehabilitationstraeger(e.zahlender.art, l.eghImSgb9)) {
    b.hinweis(
      'KEIN_REHATRAEGER',
      `Die Zuständigkeitsklärung nach § 14 SGB IX gilt nur für Rehabilitationsträger (§ 6 Abs. 1 SGB IX); „${traegerNamen[e.zahlender.art]}“ ist keiner. Geprüft werden die §§ 102–105 SGB X.`,
    );
    return allgemeineGrundlage(l);
  }
  b.norm(
    l.altesSgb9 ? '§ 14 SGB IX a.F.' : '§ 16 SGB IX',
    l.altesSgb9
      ? `Leistungsbeginn am ${deutschesDatum(datum(e.leistungsbeginn))}, vor dem 01.01.2018: Es gilt § 14 SGB IX in der bis 31.12.2017 geltenden Fassung.`
      : `Leistungsbeginn am ${deutschesDatum(datum(e.leistungsbeginn))}, ab dem 01.01.2018: Es gelten §§ 14–16 SGB IX in der Fassung des Bundesteilhabegesetzes.`,
  );
  if (v.weitergeleitet === true && v.weiterleitungRechtzeitig === undefined)
    b.hinweis(
      'WEITERLEITUNG_RECHTZEITIGKEIT_FEHLT',
      'Ob die Weiterleitung rechtzeitig war, ist nicht angegeben; nach dem Standard (false) ist sie als verspätet behandelt. Die Frist berechnet die Prüfung „zustaendigkeitsklaerung“.',
    );
  const rechtzeitig = v.weitergeleitet === true && v.weiterleitungRechtzeitig === true;
  if (!rechtzeitig) return ersterOhneWeiterleitung(l);

  b.norm(
    `§ 14 Abs. 1 Satz 2 SGB IX${af(l)}`,
    'Der erste Träger hat den Antrag rechtzeitig an den nach seiner Auffassung zuständigen Träger weitergeleitet; dieser wurde leistender Träger.',
  );
  if (v.rueckgabeVersucht) {
    b.norm(
      l.altesSgb9 ? '§ 14 Abs. 2 Satz 3 SGB IX a.F.' : '§ 14 Abs. 2 Satz 4 SGB IX',
      'Der Träger, an den weitergeleitet wurde, durfte den Antrag nicht zurückgeben; die Rückgabe ist unwirksam, er blieb gebunden (BSG, Urteil vom 10.07.2014 – B 10 SF 1/14 R; Bayerisches LSG, Urteil vom 21.01.2016 – L 8 SO 235/14).',
    );
    b.hinweis(
      'RETURN_REJECTED',
      'Die versuchte Rückgabe des Antrags an den ersten Träger war unwirksam; der zweite Träger blieb leistender Träger.',
    );
  }
  if (l.altesSgb9 && v.faktischerZwang) {
    b.norm(
      '§ 14 Abs. 4 Satz 3 SGB IX a.F.',
      'Für unzuständige Rehabilitationsträger, die eine Leistung nach Abs. 2 Satz 1 und 2 erbracht haben, ist § 105 SGB X nicht anzuwenden, es sei denn, die Rehabilitationsträger vereinbaren Abweichendes (Halbsatz 2). Der erste Träger hat hier wie ein leistender Träger geleistet, obwohl der zweite Träger gebunden war (Bayerisches LSG, Urteil vom 21.01.2016 – L 8 SO 235/14).',
    );
    return faktischerZwang(l, '§ 14 Abs. 4 Satz 3 SGB IX a.F.');
  }
  if (e.grundlage) return allgemeineGrundlage(l);
  // recht.md §2.2, §4.4 Nr. 3 [DESIGN, keine Rechtsprechung gefunden]: Wer weitergeleitet hat, fällt
  // nicht unter § 16 Abs. 4 Satz 1 Nr. 1 SGB IX (a.F.: § 14 Abs. 4 Satz 3); § 105 SGB X bleibt.
  // RECHTSFRAGE: mit dem Ergebnis der anderen Lesart (kein Anspruch).
  b.norm(
    '§ 105 SGB X',
    `Der erste Träger hat trotz Weiterleitung selbst geleistet, ohne zuständig zu sein und ohne dass § 102 Abs. 1 SGB X vorliegt. Da er weitergeleitet hat, schließt ${l.altesSgb9 ? '§ 14 Abs. 4 Satz 3 SGB IX a.F.' : '§ 16 Abs. 4 Satz 1 Nr. 1 SGB IX'} den Anspruch nicht aus; der zuständige Träger erstattet nach seinem Recht (Abs. 2).`,
  );
  const g: Grundlage = { art: 'sgbx-105', norm: '§ 105 SGB X' };
  b.hinweis(
    'WEITERLEITUNG_105_AUSLEGUNG',
    l.altesSgb9
      ? 'Anspruch nach § 105 SGB X für den ersten Träger, der weitergeleitet und dennoch geleistet hat. Das Bayerische LSG (Urteil vom 21.01.2016 – L 8 SO 235/14) hat ihn nach altem Recht wegen faktischen Zwangs zur Vorleistung bejaht; ohne diesen Zwang ist er nicht durch Rechtsprechung belegt.'
      : 'Anspruch nach § 105 SGB X für den ersten Träger, der weitergeleitet und dennoch geleistet hat: § 16 Abs. 4 Satz 1 Nr. 1 SGB IX greift nach seinem Wortlaut nicht; Rechtsprechung dazu ist nicht bekannt.',
  );
  b.rechtsfrage(
    'WEITERGELEITET_UND_GELEISTET',
    `Behält der erste Träger, der rechtzeitig weitergeleitet und trotzdem selbst geleistet hat, den Anspruch nach § 105 SGB X? Angewandt ist der Wortlaut: Der Ausschluss in ${l.altesSgb9 ? '§ 14 Abs. 4 Satz 3 SGB IX a.F.' : '§ 16 Abs. 4 Satz 1 Nr. 1 SGB IX'} betrifft nur den Träger, der nicht weitergeleitet hat; Erstattung ${euro(betragFuer(l, g))}. Nach der anderen Lesart hat er freiwillig für den gebundenen zweiten Träger geleistet und erhält nichts (0,00 €). Eine Entscheidung dazu ist nicht bekannt; das Bayerische LSG (Urteil vom 21.01.2016 – L 8 SO 235/14) hat den Anspruch nur wegen faktischen Zwangs zur Vorleistung zugesprochen.`,
  );
  return g;
}

function ersterOhneWeiterleitung(l: Lage): Grundlage {
  const { b, e } = l;
  const v = e.verfahren;
  b.norm(
    `§ 14 Abs. 1 Satz 2 SGB IX${af(l)}`,
    v.weitergeleitet
      ? 'Der erste Träger hat den Antrag nicht innerhalb der Frist weitergeleitet; eine verspätete Weiterleitung ist rechtlich ohne Wirkung (GE Reha-Prozess § 21 Abs. 1).'
      : 'Der erste Träger hat den Antrag nicht an den zuständigen Träger weitergeleitet.',
  );
  b.norm(
    `§ 14 Abs. 2 Satz 1 SGB IX${af(l)}`,
    'Damit ist er leistender Träger geworden und im Außenverhältnis nach allen in Betracht kommenden Rechtsgrundlagen zuständig (BSG, Urteil vom 24.01.2013 – B 3 KR 5/12 R).',
  );
  if (l.altesSgb9) {
    b.norm(
      '§ 14 Abs. 4 Satz 3 SGB IX a.F.',
      'Für unzuständige Rehabilitationsträger, die eine Leistung nach Abs. 2 Satz 1 und 2 erbracht haben, ist § 105 SGB X nicht anzuwenden, es sei denn, die Rehabilitationsträger vereinbaren Abweichendes (Halbsatz 2, in Kraft seit 01.05.2004).',
    );
    const vereinbarungMoeglich = l.stand >= datum(rechtsstaende.vereinbarungsvorbehaltSgb9AltesRecht);
    if (v.abweichendeVereinbarung && vereinbarungMoeglich) {
      b.norm(faktischerZwangNorm, 'Die Rehabilitationsträger haben Abweichendes vereinbart; § 105 SGB X bleibt anwendbar.');
      return { art: 'sgbx-105', norm: faktischerZwangNorm };
    }
    if (v.abweichendeVereinbarung)
      b.hinweis(
        'VEREINBARUNG_VOR_2004',
        'Den Vorbehalt abweichender Vereinbarungen enthält § 14 Abs. 4 Satz 3 SGB IX a.F. erst seit 01.05.2004 (Hauck/Noftz/Götze); für frühere Leistungen ist die Vereinbarung nicht berücksichtigt.',
      );
    if (v.faktischerZwang && !ausdruecklichOderAbgeleitet(l)) return faktischerZwang(l, '§ 14 Abs. 4 Satz 3 SGB IX a.F.');
    if (v.ursacheDerBehinderung)
      b.hinweis(
        'URSACHE_NUR_NEUES_RECHT',
        'Die Ausnahme bei Anhaltspunkten für eine Zuständigkeit auf Grund der Ursache der Behinderung steht erst in § 16 Abs. 4 Satz 2 SGB IX (ab 01.01.2018); § 14 Abs. 4 Satz 3 SGB IX a.F. kennt sie nicht.',
      );
    return ohne105(l, '§ 14 Abs. 4 Satz 3 SGB IX a.F.');
  }
  b.norm(
    '§ 16 Abs. 4 SGB IX',
    'Für unzuständige Rehabilitationsträger ist § 105 SGB X nicht anzuwenden, wenn sie geleistet haben, ohne den Antrag nach § 14 Abs. 1 Satz 2 SGB IX weiterzuleiten, es sei denn, die Rehabilitationsträger vereinbaren Abweichendes (Satz 1); bei Anhaltspunkten für eine Zuständigkeit auf Grund der Ursache der Behinderung bleibt § 105 SGB X unberührt (Satz 2).',
  );
  if (v.abweichendeVereinbarung) {
    const norm = '§ 16 Abs. 4 Satz 1 Hs. 2 SGB IX i.V.m. § 105 SGB X';
    b.norm(norm, 'Die Rehabilitationsträger haben Abweichendes vereinbart; § 105 SGB X bleibt anwendbar.');
    return { art: 'sgbx-105', norm };
  }
  if (v.ursacheDerBehinderung) {
    const norm = '§ 16 Abs. 4 Satz 2 SGB IX i.V.m. § 105 SGB X';
    b.norm(
      norm,
      'Der erste Träger hat von der Weiterleitung abgesehen, weil bei der Prüfung nach § 14 Abs. 1 Satz 3 SGB IX Anhaltspunkte für eine Zuständigkeit auf Grund der Ursache der Behinderung bestanden; § 105 SGB X bleibt unberührt.',
    );
    return { art: 'sgbx-105', norm };
  }
  if (v.faktischerZwang && !ausdruecklichOderAbgeleitet(l)) return faktischerZwang(l, '§ 16 Abs. 4 Satz 1 Nr. 1 SGB IX');
  return ohne105(l, '§ 16 Abs. 4 Satz 1 Nr. 1 SGB IX');
}

/**
 * Eine andere Grundlage als § 105 SGB X trägt den Anspruch auch ohne Ausnahme: angegeben (`grundlage`)
 * oder aus dem Nachrang abgeleitet. Dann kommt es auf den faktischen Zwang nicht an.
 */
function ausdruecklichOderAbgeleitet(l: Lage): boolean {
  const wahl = l.e.grundlage;
  if (wahl && wahl !== 'unzustaendig') return true;
  return nachrangAusArten(l.e.zahlender.art, l.e.verpflichteter.art);
}

/**
 * § 105 SGB X ist gesperrt. Der Wortlaut („§ 105 … ist nicht anzuwenden“) lässt §§ 102–104 SGB X
 * unberührt (recht.md §4.4 Nr. 2): angegeben gelten sie wie angegeben; § 104 SGB X wird zudem aus dem
 * Nachrang des zahlenden Trägers abgeleitet.
 */
function ohne105(l: Lage, sperrnorm: string): Grundlage {
  const { b, e } = l;
  const wahl = e.grundlage;
  if (wahl && wahl !== 'unzustaendig') {
    b.norm(sperrnorm, 'Ausgeschlossen ist nur der Anspruch nach § 105 SGB X; die §§ 102–104 SGB X bleiben nach dem Wortlaut anwendbar.');
    b.hinweis(
      'NUR_105_AUSGESCHLOSSEN',
      `Der erste Träger hat nicht rechtzeitig weitergeleitet; ${sperrnorm} schließt nur § 105 SGB X aus. Gerechnet ist mit der angegebenen Grundlage; bitte deren Voraussetzungen prüfen.`,
    );
    return allgemeineGrundlage(l, wahl);
  }
  if (nachrangAusArten(e.zahlender.art, e.verpflichteter.art)) {
    b.norm(
      sperrnorm,
      'Ausgeschlossen ist nur der Anspruch nach § 105 SGB X; ein Anspruch des nachrangig verpflichteten Trägers nach § 104 SGB X bleibt bestehen (LSG Niedersachsen-Bremen, Urteil vom 07.10.2015 – L 2 R 6/14; BSG, Urteil vom 25.09.2014 – B 8 SO 7/13 R).',
    );
    return abgeleiteterNachrang(l);
  }
  hinweisVorrangJugendhilfe(l);
  b.norm(
    sperrnorm,
    'Ein Erstattungsanspruch nach § 105 SGB X ist ausgeschlossen; eine abweichende Vereinbarung oder eine andere Ausnahme liegt nicht vor, und ein Nachrang des zahlenden Trägers (§ 104 SGB X) ergibt sich aus den Trägerarten nicht. Der erste Träger trägt die Kosten selbst; einen bevorzugten Erstattungsanspruch hat er nicht (LSG Niedersachsen-Bremen, Urteil vom 07.10.2015 – L 2 R 6/14).',
  );
  return { art: 'keine', norm: null };
}

function bestimmeGrundlage(l: Lage): Grundlage {
  switch (l.e.verfahren.zahlenderTraeger) {
    case 'vorlaeufig98':
      return vorlaeufigeLeistung(l);
    case 'zweiter':
    case 'dritter':
      return leistenderTraegerNachWeiterleitung(l);
    case 'erster':
      return ersterTraeger(l);
    case 'sonstiger':
      return allgemeineGrundlage(l);
  }
}

// ---------------------------------------------------------------------------------------------
// Höhe (recht.md §4.4 Nr. 6)

/** Die Norm, die den Umfang der Erstattung bestimmt. */
const umfangNorm: Record<Anspruchsart, string> = {
  'sgb9-16': '§ 16 Abs. 1 SGB IX',
  'sgb9-14-af': '§ 14 Abs. 4 Satz 1 SGB IX a.F.',
  'sgb9-98': '§ 98 Abs. 2 Satz 2 SGB IX',
  'sgb12-106-af': '§ 110 Abs. 1 SGB XII a.F.',
  'sgbx-102': '§ 102 Abs. 2 SGB X',
  'sgbx-103': '§ 103 Abs. 2 SGB X',
  'sgbx-104': '§ 104 Abs. 3 SGB X',
  'sgbx-105': '§ 105 Abs. 2 SGB X',
  keine: '§ 16 Abs. 1 SGB IX',
};

const paragraphSgbX: Partial<Record<Anspruchsart, string>> = { 'sgbx-103': '103', 'sgbx-104': '104', 'sgbx-105': '105' };

function zeitraumText(l: Leistung, betrag: Bruch): string {
  const zeit = `${deutschesDatum(datum(l.von))}–${deutschesDatum(datum(l.bis))}`;
  const je = l.je ?? 'zeitraum';
  if (je === 'monat')
    return `${zeit}: ${euro(l.betragCent)} monatlich, je Kalendermonat anteilig nach Kalendertagen = ${euro(runde(betrag))}`;
  if (je === 'tag')
    return `${zeit}: ${euro(l.betragCent)} täglich × ${tageEinschliesslich(datum(l.von), datum(l.bis))} Tage = ${euro(runde(betrag))}`;
  return `${zeit}: ${euro(l.betragCent)}`;
}

function aufzaehlung(zeilen: string[], max = 12): string {
  const gezeigt = zeilen.slice(0, max).join('; ');
  return zeilen.length > max ? `${gezeigt}; … und ${zeilen.length - max} weitere` : gezeigt;
}

/** Ein Anteil als Text, z. B. „27/31“ (nur für Begründungen). */
function anteilText(l: Leistung, ab: Tag): string {
  const von = datum(l.von);
  const bis = datum(l.bis);
  const start = spaeter(von, ab);
  if (start > bis) return '0';
  if ((l.je ?? 'zeitraum') === 'zeitraum') return `${tageEinschliesslich(start, bis)}/${tageEinschliesslich(von, bis)}`;
  return `${tageEinschliesslich(start, bis)} von ${tageEinschliesslich(von, bis)} Tagen`;
}

interface Summen {
  erstattungsfaehig: Bruch;
  tage: number;
  /** Erster erstattungsfähiger Tag (§ 103 Abs. 3, § 105 Abs. 3 SGB X). */
  ab: Tag;
  /** Die nicht grob fahrlässig zu Unrecht erbrachten Leistungen. */
  nurRecht: Leistung[];
}

const ANFANG = datum('1000-01-01');

function summe(xs: Leistung[], ab: Tag): Bruch {
  return xs.reduce((s, x) => plus(s, betragAb(x, ab)), NULL_BRUCH);
}

/** Sonderregeln (§ 98 SGB IX, § 106 SGB XII a.F., § 14 SGB IX a.F.), auf die §§ 109, 110 SGB X nur ergänzend passen. */
function istSondererstattung(g: Grundlage): boolean {
  return g.art === 'sgb9-98' || g.art === 'sgb12-106-af' || g.art === 'sgb9-14-af';
}

/** § 16 Abs. 3 Satz 2 SGB IX; für die anderen Grundlagen entsprechend [DESIGN]. */
function zuUnrechtAusschliessen(b: Begruendung, g: Grundlage, zuUnrecht: Leistung[]): void {
  if (zuUnrecht.length === 0) return;
  const weg = euro(runde(summe(zuUnrecht, ANFANG)));
  if (g.art === 'sgb9-16') {
    b.norm(
      '§ 16 Abs. 3 Satz 2 SGB IX',
      `Aufwendungen von ${weg} wurden zu Unrecht erbracht, und der leistende Träger handelte grob fahrlässig oder vorsätzlich; insoweit besteht keine Erstattungspflicht, auch nicht für die Pauschale.`,
    );
    return;
  }
  b.norm(
    umfangNorm[g.art],
    `Aufwendungen von ${weg} wurden zu Unrecht und grob fahrlässig oder vorsätzlich erbracht; sie sind nicht erstattungsfähig.`,
  );
  b.hinweis(
    'ZU_UNRECHT_AUSGESCHLOSSEN',
    `Festlegung des Regelwerks: Grob fahrlässig zu Unrecht erbrachte Leistungen sind auch außerhalb von § 16 Abs. 3 Satz 2 SGB IX nicht erstattet: Erstattet wird nur, was der Verpflichtete nach dem maßgebenden Recht hätte leisten müssen (${umfangNorm[g.art]}).`,
  );
}

/**
 * § 103 Abs. 3, § 105 Abs. 3 SGB X: gegenüber den Fürsorgeträgern erst ab ihrer Kenntnis von den
 * Voraussetzungen ihrer Leistungspflicht (der Tag der Kenntnis zählt mit, „von dem Zeitpunkt ab“).
 * Gibt den ersten erstattungsfähigen Tag zurück.
 */
function kenntnisSchranke(l: Lage, g: Grundlage, b: Begruendung, nurRecht: Leistung[]): Tag {
  const { e } = l;
  const kenntnis = e.verpflichteter.kenntnisVoraussetzungen;
  const para = paragraphSgbX[g.art];
  if (!(para === '103' || para === '105') || !istFuersorgetraeger(e.verpflichteter.art)) {
    if (kenntnis)
      b.hinweis(
        'KENNTNIS_UNERHEBLICH',
        'Die Kenntnis des Verpflichteten begrenzt den Anspruch nur nach § 103 Abs. 3 und § 105 Abs. 3 SGB X gegenüber Trägern der Eingliederungshilfe, der Sozialhilfe, der Kriegsopferfürsorge und der Jugendhilfe; hier nicht gekürzt.',
      );
    return ANFANG;
  }
  const norm = `§ ${para} Abs. 3 SGB X${l.sgb10MitEgh ? '' : ' a.F.'}`;
  if (!kenntnis) {
    b.hinweis(
      'KENNTNIS_VORAUSSETZUNGEN_FEHLT',
      `${norm}: Der Verpflichtete („${traegerNamen[e.verpflichteter.art]}“) gehört zu den geschützten Trägern; erstattet wird erst ab seiner Kenntnis von den Voraussetzungen seiner Leistungspflicht. Der Tag dieser Kenntnis ist nicht angegeben; gerechnet ist ohne Kürzung.`,
    );
    return ANFANG;
  }
  const ab = datum(kenntnis);
  const gekuerzt = nurRecht.filter((x) => datum(x.von) < ab);
  const kuerzung = minus(summe(gekuerzt, ANFANG), summe(gekuerzt, ab));
  const einzeln = aufzaehlung(gekuerzt.map((x) => `${deutschesDatum(datum(x.von))}–${deutschesDatum(datum(x.bis))}: ${anteilText(x, ab)}`));
  b.norm(
    norm,
    `Der Verpflichtete gehört zu den Trägern, die Abs. 3 nennt (${fuersorgetraegerText(l.sgb10MitEgh, l.stand >= datum(sozialeEntschaedigungAb))}). Ihm gegenüber gilt der Anspruch erst von dem Zeitpunkt an, von dem ihm bekannt war, dass die Voraussetzungen seiner Leistungspflicht vorlagen: hier ab ${deutschesDatum(ab)} (dieser Tag zählt mit). ${
      gekuerzt.length === 0
        ? 'Alle Zeiträume liegen danach; es wird nicht gekürzt.'
        : `Gekürzt um ${euro(runde(kuerzung))} (${einzeln}); ein teilweise erfasster Zeitraum zählt anteilig nach Kalendertagen.`
    }`,
  );
  if (gekuerzt.some((x) => datum(x.bis) >= ab))
    b.hinweis(
      'PRO_RATA_KALENDERTAGE',
      'Festlegung des Regelwerks: Ein Zeitraum, der nur teilweise nach der Kenntnis liegt, ist nach Kalendertagen anteilig gekürzt.',
    );
  return ab;
}

/** §§ 103–105 SGB X: „soweit dieser nicht bereits selbst geleistet hat, bevor er … Kenntnis erlangt hat“. */
function selbstGeleistetAbziehen(l: Lage, g: Grundlage, b: Begruendung, betrag: Bruch): Bruch {
  const selbst = l.e.verpflichteter.selbstGeleistetCent;
  if (selbst === undefined || selbst === 0) return betrag;
  const para = paragraphSgbX[g.art];
  if (!para) {
    b.hinweis(
      'SELBST_GELEISTET_UNERHEBLICH',
      'Eigene Leistungen des Verpflichteten mindern nur Ansprüche nach §§ 103–105 SGB X („soweit … nicht bereits selbst geleistet“); hier nicht abgezogen.',
    );
    return betrag;
  }
  const abzug = kleiner(betrag, bruch(BigInt(selbst))) ? betrag : bruch(BigInt(selbst));
  b.norm(
    `§ ${para} Abs. 1 Satz 1 SGB X`,
    `Erstattungspflichtig ist der Verpflichtete nur, soweit er nicht bereits selbst geleistet hat, bevor er von der Leistung des anderen Trägers Kenntnis erlangte: abgezogen ${euro(runde(abzug))}.`,
  );
  return minus(betrag, abzug);
}

/** Erstattungsfähige Leistungsaufwendungen vor § 110 SGB X (recht.md §4.4 Nr. 6.1–6.2). */
function leistungsaufwendungen(l: Lage, g: Grundlage): Summen {
  const { e } = l;
  // Ohne Anspruch werden die Beträge nur zur Information gerechnet; die Begründung endet mit der Sperrnorm.
  const b = g.art === 'keine' ? new Begruendung() : l.b;
  b.norm(
    umfangNorm[g.art],
    `Geltend gemacht sind Aufwendungen von ${euro(runde(summe(e.leistungen, ANFANG)))}: ${aufzaehlung(e.leistungen.map((x) => zeitraumText(x, betragAb(x, ANFANG))))}.`,
  );
  if (e.leistungen.some((x) => x.je === 'monat'))
    b.hinweis(
      'PRO_RATA_KALENDERTAGE',
      'Festlegung des Regelwerks: Monatsbeträge sind für angebrochene Monate nach Kalendertagen des jeweiligen Monats anteilig berechnet; gerundet wird einmal am Ende.',
    );
  const nurRecht = e.leistungen.filter((x) => !x.grobFahrlaessigZuUnrecht);
  zuUnrechtAusschliessen(
    b,
    g,
    e.leistungen.filter((x) => x.grobFahrlaessigZuUnrecht),
  );
  const ab = kenntnisSchranke(l, g, b, nurRecht);
  const erstattungsfaehig = selbstGeleistetAbziehen(l, g, b, summe(nurRecht, ab));
  const zeitraeume: [Tag, Tag][] = nurRecht.map((x) => [spaeter(datum(x.von), ab), datum(x.bis)]);
  return { erstattungsfaehig, tage: tageVereinigt(zeitraeume), ab, nurRecht };
}

interface Grenzen {
  leistungenCent: Cent;
  pauschaleCent: Cent;
  auslagenCent: Cent;
  bagatelle: boolean;
}

function pauschaleSatz(l: Lage, g: Grundlage): number {
  return g.art === 'sgb9-16' ? wertAmOderFehler(parameter.verwaltungskostenpauschale, l.stand).wert : 0;
}

/** § 110 Satz 2, 3 SGB X: keine Erstattung unter der (gesetzlichen oder höher vereinbarten) Grenze. */
function bagatellpruefung(l: Lage, g: Grundlage, betrag: Bruch): boolean {
  const { b, e } = l;
  const leistungen = runde(betrag);
  const gesetzlich: number = wertAmOderFehler(parameter.bagatellgrenze, l.stand).wert;
  const vereinbart = e.bagatellgrenzeCent;
  b.norm(
    '§ 110 SGB X',
    `Erstattungsansprüche sind pauschal abzugelten, soweit zweckmäßig; beträgt ein Anspruch im Einzelfall voraussichtlich weniger als ${euro(gesetzlich)}, erfolgt keine Erstattung. Die Träger können höhere Beträge vereinbaren.`,
  );
  let grenze = gesetzlich;
  if (vereinbart !== undefined && vereinbart > gesetzlich) {
    grenze = vereinbart;
    b.norm('§ 110 Satz 3 SGB X', `Die Träger haben eine höhere Grenze von ${euro(vereinbart)} vereinbart.`);
    b.hinweis(
      'BAGATELLGRENZE_VEREINBART',
      'Festlegung des Regelwerks: Auch für die vereinbarte Grenze gilt „weniger als“: Ein Anspruch genau in Höhe der Grenze wird erstattet.',
    );
  } else if (vereinbart !== undefined && vereinbart < gesetzlich)
    b.hinweis(
      'BAGATELLGRENZE_UNTER_GESETZ',
      `Vereinbart werden können nur höhere Beträge als ${euro(gesetzlich)} (§ 110 Satz 3 SGB X); die angegebene Grenze von ${euro(vereinbart)} ist nicht angewandt.`,
    );
  // „weniger als“: genau die Grenze wird erstattet; ohne erstattungsfähigen Betrag ist nichts zu prüfen.
  const bagatelle = leistungen > 0 && leistungen < grenze;
  b.norm(
    '§ 110 Satz 2 SGB X',
    bagatelle
      ? `Der Anspruch von ${euro(leistungen)} liegt unter ${euro(grenze)}; es erfolgt keine Erstattung.`
      : `Der Anspruch von ${euro(leistungen)} liegt nicht unter ${euro(grenze)}${leistungen === 0 ? ' (kein erstattungsfähiger Betrag)' : ''}.`,
  );
  if (bagatelle && g.art === 'sgb9-16') {
    const mitPauschale = runde(mal(betrag, bruch(BigInt(100 + pauschaleSatz(l, g)), 100n)));
    if (mitPauschale >= grenze)
      b.hinweis(
        'BAGATELLE_VOR_PAUSCHALE',
        `Festlegung des Regelwerks: § 110 SGB X ist vor der Pauschale nach § 16 Abs. 3 SGB IX geprüft; mit Pauschale läge der Anspruch bei ${euro(mitPauschale)}.`,
      );
  }
  if (bagatelle && istSondererstattung(g))
    b.hinweis(
      'SGB_X_ERGAENZEND',
      `Festlegung des Regelwerks: § 110 SGB X ist auf den Anspruch nach ${g.norm ?? ''} ergänzend angewandt (§ 37 SGB I).`,
    );
  return bagatelle;
}

/** § 109 SGB X: Verwaltungskosten nie; Auslagen auf Anforderung, wenn sie im Einzelfall die Schwelle übersteigen. */
function auslagenNach109(l: Lage, g: Grundlage, bagatelle: boolean): Cent {
  const { b, e } = l;
  if (e.verwaltungskostenCent === undefined && e.auslagenCent === undefined) return cent(0);
  const schwelle = wertAmOderFehler(parameter.auslagenschwelleErstattung, l.stand).wert;
  b.norm(
    '§ 109 SGB X',
    `Verwaltungskosten sind nicht zu erstatten (Satz 1). Auslagen sind auf Anforderung zu erstatten, wenn sie im Einzelfall ${euro(schwelle)} übersteigen (Satz 2).`,
  );
  if (e.verwaltungskostenCent !== undefined)
    b.norm(
      '§ 109 Satz 1 SGB X',
      `Die geltend gemachten Verwaltungskosten von ${euro(e.verwaltungskostenCent)} werden nicht erstattet${g.art === 'sgb9-16' ? '; sie sind durch die Verwaltungskostenpauschale nach § 16 Abs. 3 SGB IX abgegolten' : ''}.`,
    );
  if (istSondererstattung(g))
    b.hinweis(
      'SGB_X_ERGAENZEND',
      `Festlegung des Regelwerks: § 109 SGB X ist auf den Anspruch nach ${g.norm ?? ''} ergänzend angewandt (§ 37 SGB I).`,
    );
  if (e.auslagenCent === undefined) return cent(0);
  const ueber = e.auslagenCent > schwelle;
  const auslagen = ueber && !bagatelle ? cent(e.auslagenCent) : cent(0);
  b.norm(
    '§ 109 Satz 2 SGB X',
    ueber
      ? `Die Auslagen von ${euro(e.auslagenCent)} übersteigen ${euro(schwelle)}${auslagen > 0 ? ' und werden in voller Höhe erstattet' : ', werden aber nicht erstattet, weil keine Erstattung erfolgt (§ 110 Satz 2 SGB X)'}.`
      : `Die Auslagen von ${euro(e.auslagenCent)} übersteigen ${euro(schwelle)} nicht und werden nicht erstattet.`,
  );
  if (auslagen > 0) {
    b.hinweis(
      'AUSLAGEN_IN_VOLLER_HOEHE',
      'Festlegung des Regelwerks: Übersteigen die Auslagen die Schwelle, werden sie in voller Höhe erstattet, nicht nur der übersteigende Teil (entsprechend § 7 SGB X).',
    );
    if (g.art === 'sgb9-16')
      b.hinweis(
        'AUSLAGEN_NEBEN_PAUSCHALE',
        'Festlegung des Regelwerks (ungeprüft): Auslagen nach § 109 Satz 2 SGB X werden neben der Verwaltungskostenpauschale nach § 16 Abs. 3 SGB IX erstattet.',
      );
  }
  return auslagen;
}

/** § 16 Abs. 3 Satz 1 SGB IX: 5 % der erstattungsfähigen Leistungsaufwendungen, aus dem ungerundeten Betrag. */
function pauschaleNach16(l: Lage, g: Grundlage, betrag: Bruch, bagatelle: boolean): Cent {
  if (g.art !== 'sgb9-16') return cent(0);
  const { b } = l;
  const satz = pauschaleSatz(l, g);
  const pauschale = bagatelle ? cent(0) : runde(mal(betrag, bruch(BigInt(satz), 100n)));
  b.norm(
    '§ 16 Abs. 3 SGB IX',
    `Der Erstattungsanspruch umfasst die Leistungsaufwendungen und eine Verwaltungskostenpauschale von ${satz} % der erstattungsfähigen Leistungsaufwendungen; zu Unrecht und grob fahrlässig oder vorsätzlich erbrachte Leistungen sind ausgenommen.`,
  );
  b.norm(
    '§ 16 Abs. 3 Satz 1 SGB IX',
    bagatelle
      ? 'Da keine Erstattung erfolgt (§ 110 Satz 2 SGB X), entfällt auch die Pauschale.'
      : `${satz} % von ${euro(runde(betrag))} = ${euro(pauschale)}.`,
  );
  return pauschale;
}

/** Summe der Aufwendungen, die in die Tage [von, bis] fallen (anteilig nach Kalendertagen). */
function summeZwischen(xs: Leistung[], von: Tag, bis: Tag): Bruch {
  return xs.reduce((s, x) => plus(s, minus(betragAb(x, von), betragAb(x, plusTage(bis, 1)))), NULL_BRUCH);
}

interface SozialhilfeGrenze {
  erstattungsfaehig: Bruch;
  /** Die Grenze schließt die ganze Erstattung aus. */
  ausgeschlossen: boolean;
}

/**
 * § 110 Abs. 2 Satz 1 SGB XII: Im Verhältnis der Sozialhilfeträger untereinander werden Kosten unter
 * 2.560 Euro, bezogen auf einen Zeitraum der Leistungserbringung von bis zu zwölf Monaten, nicht
 * erstattet. Nach Hessischem LSG (L 4 SO 95/16) und SG Kassel (S 11 SO 137/15) gilt das auch für
 * Ansprüche nach §§ 102 ff. SGB X (recht.md §4.3). Für die Eingliederungshilfe nur bis 31.12.2019, als sie
 * Sozialhilfe war. Geprüft wird je Zeitraum von zwölf Monaten ab dem ersten erstattungsfähigen Tag.
 * RECHTSFRAGE: ob die Grenze für §§ 102–105 SGB X gilt.
 */
function sozialhilfeGrenze(l: Lage, g: Grundlage, summen: Summen): SozialhilfeGrenze {
  const { b, e } = l;
  const unveraendert = { erstattungsfaehig: summen.erstattungsfaehig, ausgeschlossen: false };
  // Die Eingliederungshilfe war bis 31.12.2019 Sozialhilfe; danach gilt die Grenze nur noch zwischen Sozialhilfeträgern.
  const sozialhilfe = (a: TraegerArt): boolean => a === 'sozialhilfe' || (a === 'egh' && !l.eghImSgb9);
  const sgbX = g.art === 'sgbx-102' || g.art === 'sgbx-103' || g.art === 'sgbx-104' || g.art === 'sgbx-105';
  if (l.ohneSozialhilfeGrenze || !sgbX || !sozialhilfe(e.zahlender.art) || !sozialhilfe(e.verpflichteter.art)) return unveraendert;
  if (summen.nurRecht.length === 0 || summen.erstattungsfaehig.z <= 0n) return unveraendert;
  const grenze = wertAmOderFehler(parameter.bagatellgrenzeSozialhilfeAltesRecht, l.stand).wert;
  const beginn = summen.nurRecht.reduce((m, x) => Math.min(m, spaeter(datum(x.von), summen.ab)), Number.MAX_SAFE_INTEGER) as Tag;
  const ende = summen.nurRecht.reduce((m, x) => Math.max(m, datum(x.bis)), 0) as Tag;
  let ausgeschieden = NULL_BRUCH;
  const zeilen: string[] = [];
  for (let k = 0; ; k++) {
    const von = plusMonate(beginn, 12 * k);
    if (von > ende) break;
    const bis = plusTage(plusMonate(beginn, 12 * (k + 1)), -1);
    const betrag = summeZwischen(summen.nurRecht, spaeter(von, summen.ab), bis);
    if (betrag.z <= 0n) continue;
    const unter = runde(betrag) < grenze;
    if (unter) ausgeschieden = plus(ausgeschieden, betrag);
    zeilen.push(
      `${deutschesDatum(von)}–${deutschesDatum(bis < ende ? bis : ende)}: ${euro(runde(betrag))}${unter ? ', unter der Grenze, nicht erstattet' : ''}`,
    );
  }
  const rest = kleiner(summen.erstattungsfaehig, ausgeschieden) ? NULL_BRUCH : minus(summen.erstattungsfaehig, ausgeschieden);
  b.norm(
    '§ 110 Abs. 2 Satz 1 SGB XII',
    `Zahlender und erstattungspflichtiger Träger sind Träger der Sozialhilfe${l.eghImSgb9 ? '' : ' (bis 31.12.2019 war die Eingliederungshilfe Sozialhilfe)'}. Im Verhältnis der Sozialhilfeträger untereinander werden Kosten unter ${euro(grenze)}, bezogen auf einen Zeitraum der Leistungserbringung von bis zu zwölf Monaten, nicht erstattet; das gilt auch für Erstattungsansprüche nach §§ 102 ff. SGB X (Hessisches LSG, Urteil – L 4 SO 95/16; SG Kassel, Gerichtsbescheid vom 12.04.2016 – S 11 SO 137/15). ${aufzaehlung(zeilen)}.`,
  );
  if (ausgeschieden.z <= 0n) return unveraendert;
  const mitGrenze = runde(rest);
  const ohneGrenze = betragFuer(l, g, true);
  b.rechtsfrage(
    'BAGATELLGRENZE_SOZIALHILFETRAEGER',
    `Gilt die Grenze des § 110 Abs. 2 Satz 1 SGB XII (${euro(grenze)} je Zeitraum von bis zu zwölf Monaten) auch für Erstattungsansprüche nach §§ 102–105 SGB X zwischen zwei Trägern der Sozialhilfe? Angewandt ist sie, wie es das Hessische LSG (Urteil – L 4 SO 95/16; Revision zum BSG: B 8 SO 10/17 R) und das SG Kassel (Gerichtsbescheid vom 12.04.2016 – S 11 SO 137/15) entschieden haben, weil die Vorschrift die Erstattung im Verhältnis der Sozialhilfeträger untereinander allgemein begrenzt: Leistungen ${euro(mitGrenze)}. Nach der anderen Lesart gilt die Grenze nur für die Kostenerstattung nach §§ 106–108 SGB XII; dann wären ${euro(ohneGrenze)} zu erstatten.`,
  );
  return { erstattungsfaehig: rest, ausgeschlossen: rest.z <= 0n };
}

/** § 110, § 109 SGB X und § 16 Abs. 3 SGB IX, in dieser Reihenfolge (recht.md §4.4 Nr. 6.3–6.5). */
function grenzen(l: Lage, g: Grundlage, summen: Summen): Grenzen {
  const sh = sozialhilfeGrenze(l, g, summen);
  const erstattungsfaehig = sh.erstattungsfaehig;
  const bagatelle = sh.ausgeschlossen || bagatellpruefung(l, g, erstattungsfaehig);
  const auslagenCent = auslagenNach109(l, g, bagatelle);
  const pauschaleCent = pauschaleNach16(l, g, erstattungsfaehig, bagatelle);
  return { leistungenCent: bagatelle ? cent(0) : runde(erstattungsfaehig), pauschaleCent, auslagenCent, bagatelle };
}

/** Erstattungsbetrag nach einer anderen Grundlage oder Lesart, ohne Begründung (für RECHTSFRAGE-Vergleiche). */
function betragFuer(l: Lage, g: Grundlage, ohneSozialhilfeGrenze = false): number {
  if (g.art === 'keine') return 0;
  const still: Lage = { ...l, b: new Begruendung(), ohneSozialhilfeGrenze: ohneSozialhilfeGrenze || (l.ohneSozialhilfeGrenze ?? false) };
  const r = grenzen(still, g, leistungsaufwendungen(still, g));
  return r.leistungenCent + r.pauschaleCent + r.auslagenCent;
}

// ---------------------------------------------------------------------------------------------
// Plausibilität der Rechnungen (szenarien.md SC-37, recht.md OQ-11): nur Hinweise, keine Korrektur.

function rechnungspruefung(e: ErstattungsanspruchEingabe, b: Begruendung): Rechnungspruefung[] {
  const ergebnis: Rechnungspruefung[] = [];
  e.leistungen.forEach((x, i) => {
    const r = x.rechnung;
    if (!r) return;
    const p: Rechnungspruefung = {
      leistung: i,
      zeitraumAbweichend: null,
      vorschlagCent: null,
      stundensatzAbweichend: null,
      erwartetMinCent: null,
      erwartetMaxCent: null,
      durchschnittStundensatzCent: null,
    };
    if (r.von && r.bis) {
      const rv = datum(r.von);
      const rb = datum(r.bis);
      p.zeitraumAbweichend = r.von !== x.von || r.bis !== x.bis;
      if (p.zeitraumAbweichend) {
        const ueberlappung = tageEinschliesslich(spaeter(rv, datum(x.von)), rb < datum(x.bis) ? rb : datum(x.bis));
        const gesamt = tageEinschliesslich(rv, rb);
        const proRata = (x.je ?? 'zeitraum') === 'zeitraum';
        if (proRata) p.vorschlagCent = runde(bruch(BigInt(x.betragCent) * BigInt(ueberlappung), BigInt(gesamt)));
        b.hinweis(
          'PERIOD_MISMATCH',
          `Leistung ${i + 1}: Die Rechnung umfasst ${deutschesDatum(rv)}–${deutschesDatum(rb)}, erstattet werden soll ${deutschesDatum(datum(x.von))}–${deutschesDatum(datum(x.bis))}.${
            p.vorschlagCent !== null
              ? ` Vorschlag anteilig nach Kalendertagen: ${ueberlappung}/${gesamt} × ${euro(x.betragCent)} = ${euro(p.vorschlagCent)}.`
              : ''
          } Der Betrag wird nicht automatisch korrigiert.`,
        );
      }
    }
    if (r.stunden !== undefined) {
      const hundertstel = BigInt(Math.round(r.stunden * 100));
      if (hundertstel > 0n) p.durchschnittStundensatzCent = runde(bruch(BigInt(x.betragCent) * 100n, hundertstel));
      const saetze = r.stundensaetzeCent ?? [];
      if (saetze.length > 0) {
        const min = Math.min(...saetze);
        const max = Math.max(...saetze);
        p.erwartetMinCent = runde(bruch(hundertstel * BigInt(min), 100n));
        p.erwartetMaxCent = runde(bruch(hundertstel * BigInt(max), 100n));
        p.stundensatzAbweichend = x.betragCent < p.erwartetMinCent || x.betragCent > p.erwartetMaxCent;
        if (p.stundensatzAbweichend)
          b.hinweis(
            'INVOICE_RATE_MISMATCH',
            `Leistung ${i + 1}: ${String(r.stunden).replace('.', ',')} Stunden zu ${saetze.map((s) => euro(s)).join(' bzw. ')} ergäben ${
              min === max ? euro(p.erwartetMinCent) : `${euro(p.erwartetMinCent)} bis ${euro(p.erwartetMaxCent)}`
            }; die Rechnung lautet auf ${euro(x.betragCent)} (durchschnittlich ${euro(p.durchschnittStundensatzCent ?? 0)} je Stunde). Der Betrag wird nicht automatisch korrigiert.`,
          );
      }
    }
    ergebnis.push(p);
  });
  return ergebnis;
}

// ---------------------------------------------------------------------------------------------
// Schema und Prüfungsart

const rechnungSchema = objekt(
  {
    von: datumSchema('Erster Tag des Rechnungszeitraums'),
    bis: datumSchema('Letzter Tag des Rechnungszeitraums'),
    stunden: { type: 'number', exclusiveMinimum: 0, maximum: 1000000, description: 'Abgerechnete Stunden (auf Hundertstel genau)' },
    stundensaetzeCent: liste(centSchema('Vereinbarter Stundensatz'), 'Zulässige Stundensätze (z. B. mit und ohne Nachtzuschlag)', 20, 1),
  },
  [],
  'Optional: Angaben der Rechnung für die Plausibilitätsprüfung (PERIOD_MISMATCH, INVOICE_RATE_MISMATCH); der Betrag wird nie automatisch korrigiert',
);

/** Höchste Summe der Aufwendungen (10 Billionen Euro), weit über jedem realen Fall. */
const hoechstsummeCent = 1_000_000_000_000_000n;

const leistungSchema = objekt(
  {
    von: datumSchema('Erster Tag des Leistungszeitraums'),
    bis: datumSchema('Letzter Tag des Leistungszeitraums'),
    betragCent: centSchema(
      'Aufwendungen: für den ganzen Zeitraum (je=zeitraum), als Monatsbetrag (je=monat) oder als Tagesbetrag (je=tag)',
    ),
    je: {
      type: 'string',
      enum: ['zeitraum', 'monat', 'tag'],
      description:
        'Bezug von betragCent: „zeitraum“ (Standard), „monat“ (Monatsbetrag; angebrochene Kalendermonate anteilig nach Kalendertagen des Monats) oder „tag“',
    },
    grobFahrlaessigZuUnrecht: boolSchema(
      'Zu Unrecht und grob fahrlässig oder vorsätzlich erbracht (§ 16 Abs. 3 Satz 2 SGB IX), Standard false',
    ),
    rechnung: rechnungSchema,
  },
  ['von', 'bis', 'betragCent'],
);

export const erstattungsanspruch = pruefungsart<ErstattungsanspruchEingabe, ErstattungsanspruchErgebnis>({
  art: 'erstattungsanspruch',
  titel: 'Erstattungsanspruch: Grundlage und Höhe',
  normen: '§§ 102–110 SGB X, § 16 SGB IX, § 14 Abs. 4 SGB IX a.F., § 98 Abs. 2 SGB IX',
  schema: pruefungsSchema(
    'erstattungsanspruch',
    'Erstattungsanspruch nach §§ 102–110 SGB X, § 16 SGB IX, § 14 Abs. 4 SGB IX a.F., § 98 Abs. 2 Satz 2 SGB IX',
    {
      leistungsbeginn: datumSchema(
        'Beginn der Leistung; wählt das Recht (vor 01.01.2018 § 14 SGB IX a.F., vor 01.01.2020 SGB XII für § 98)',
      ),
      verfahren: objekt(
        {
          zahlenderTraeger: {
            type: 'string',
            enum: ['erster', 'zweiter', 'dritter', 'vorlaeufig98', 'sonstiger'],
            description:
              'Rolle des zahlenden Trägers: erster, zweiter (nach Weiterleitung), dritter (Turboklärung), vorlaeufig98 (§ 98 Abs. 2 Satz 1 SGB IX), sonstiger',
          },
          weitergeleitet: boolSchema('Der erste Träger hat den Antrag weitergeleitet (Standard false)'),
          weiterleitungRechtzeitig: boolSchema('Die Weiterleitung war rechtzeitig (Standard false)'),
          rueckgabeVersucht: boolSchema('Der zweite Träger hat versucht, den Antrag zurückzugeben (Standard false)'),
          faktischerZwang: boolSchema('Der erste Träger war faktisch zur Vorleistung gezwungen (nur altes Recht, Standard false)'),
          abweichendeVereinbarung: boolSchema(
            'Die Rehabilitationsträger haben Abweichendes vereinbart (§ 16 Abs. 4 Satz 1 SGB IX, Standard false)',
          ),
          ursacheDerBehinderung: boolSchema(
            'Keine Weiterleitung wegen Anhaltspunkten zur Ursache der Behinderung (§ 16 Abs. 4 Satz 2 SGB IX, Standard false)',
          ),
        },
        ['zahlenderTraeger'],
        'Das Verfahren nach § 14 SGB IX aus Sicht des zahlenden Trägers',
      ),
      zahlender: objekt({ art: traegerArtSchema('Art des zahlenden (erstattungsberechtigten) Trägers') }, ['art']),
      verpflichteter: objekt(
        {
          art: traegerArtSchema('Art des erstattungspflichtigen Trägers'),
          insgesamtZustaendig: boolSchema('Für die erbrachten Leistungen insgesamt zuständig (§ 16 Abs. 1 SGB IX); ohne Angabe angenommen'),
          kenntnisVoraussetzungen: datumSchema(
            'Tag, ab dem der Verpflichtete wusste, dass die Voraussetzungen seiner Leistungspflicht vorlagen (§ 103 Abs. 3, § 105 Abs. 3 SGB X)',
          ),
          selbstGeleistetCent: centSchema(
            'Was der Verpflichtete selbst geleistet hat, bevor er von der Leistung des anderen Kenntnis erlangte (§§ 103–105 SGB X)',
          ),
        },
        ['art'],
      ),
      grundlage: {
        type: 'string',
        enum: ['vorlaeufigGesetzlich', 'nachtraeglichEntfallen', 'nachrang', 'unzustaendig'],
        description:
          'Vorgabe der Grundlage nach SGB X: vorlaeufigGesetzlich (§ 102), nachtraeglichEntfallen (§ 103), nachrang (§ 104), unzustaendig (§ 105)',
      },
      leistungen: liste(leistungSchema, 'Erbrachte Leistungen, für die Erstattung verlangt wird', 1000, 1),
      auslagenCent: centSchema('Angeforderte Auslagen (§ 109 Satz 2 SGB X)'),
      verwaltungskostenCent: centSchema('Geltend gemachte Verwaltungskosten (werden nie erstattet, § 109 Satz 1 SGB X)'),
      bagatellgrenzeCent: centSchema('Vereinbarte höhere Bagatellgrenze (§ 110 Satz 3 SGB X); gesetzlich 5000'),
    },
    ['leistungsbeginn', 'verfahren', 'zahlender', 'verpflichteter', 'leistungen'],
  ),
  beispiel: {
    art: 'erstattungsanspruch',
    leistungsbeginn: '2025-01-01',
    verfahren: { zahlenderTraeger: 'zweiter', weitergeleitet: true, weiterleitungRechtzeitig: true },
    zahlender: { art: 'egh' },
    verpflichteter: { art: 'rentenversicherung', insgesamtZustaendig: true },
    leistungen: [{ von: '2025-01-01', bis: '2025-06-30', betragCent: 1834567 }],
    auslagenCent: 20001,
  },
  pruefeWidersprueche(e) {
    const f: Fehler[] = [];
    e.leistungen.forEach((x, i) => {
      if (datum(x.bis) < datum(x.von))
        f.push({ pfad: `/leistungen/${i}/bis`, meldung: 'Das Ende des Leistungszeitraums liegt vor seinem Beginn.' });
      const r = x.rechnung;
      if (r && (r.von === undefined) !== (r.bis === undefined))
        f.push({
          pfad: `/leistungen/${i}/rechnung/${r.von === undefined ? 'von' : 'bis'}`,
          meldung: 'Der Rechnungszeitraum braucht Beginn und Ende.',
        });
      if (r?.von && r.bis && datum(r.bis) < datum(r.von))
        f.push({ pfad: `/leistungen/${i}/rechnung/bis`, meldung: 'Das Ende des Rechnungszeitraums liegt vor seinem Beginn.' });
    });
    if (f.length === 0) {
      // Obergrenze, damit jedes Ergebnis eine sichere ganze Zahl bleibt (Number.MAX_SAFE_INTEGER ≈ 9 · 10^15).
      if (!kleiner(summe(e.leistungen, ANFANG), bruch(hoechstsummeCent)))
        f.push({
          pfad: '/leistungen',
          meldung: `Die Summe der Aufwendungen übersteigt ${euro(Number(hoechstsummeCent))}; bitte die Beträge prüfen.`,
        });
    }
    const v = e.verfahren;
    if (v.zahlenderTraeger === 'erster' && !v.weitergeleitet) {
      if (v.weiterleitungRechtzeitig)
        f.push({
          pfad: '/verfahren/weiterleitungRechtzeitig',
          meldung: 'Eine rechtzeitige Weiterleitung setzt eine Weiterleitung voraus (weitergeleitet ist nicht true).',
        });
      if (v.rueckgabeVersucht)
        f.push({
          pfad: '/verfahren/rueckgabeVersucht',
          meldung: 'Eine Rückgabe setzt eine Weiterleitung voraus (weitergeleitet ist nicht true).',
        });
    }
    return f;
  },
  berechne(e) {
    const b = new Begruendung();
    const stand = datum(e.rechtsstand ?? e.leistungsbeginn);
    const l: Lage = {
      e,
      b,
      stand,
      altesSgb9: stand < datum(rechtsstaende.sgb9Teil1Neu),
      eghImSgb9: stand >= datum(rechtsstaende.eingliederungshilfeSgb9),
      sgb10MitEgh: stand >= datum(rechtsstaende.sgb10TraegerEingliederungshilfe),
    };
    if (stand < datum(rechtsstaende.sgb9AltInKraft))
      b.hinweis(
        'VOR_SGB_IX',
        `Der maßgebende Tag liegt vor dem Inkrafttreten des SGB IX am ${deutschesDatum(datum(rechtsstaende.sgb9AltInKraft))} (Datum nicht verifiziert); gerechnet ist nach § 14 SGB IX a.F. Bitte das damals geltende Recht prüfen.`,
      );
    const g = bestimmeGrundlage(l);
    const summen = leistungsaufwendungen(l, g);
    const berechnet = runde(summen.erstattungsfaehig);
    const pruefung = rechnungspruefung(e, b);
    const gemeinsam = {
      recht: l.altesSgb9 ? ('SGB IX a.F.' as const) : ('SGB IX 2018' as const),
      leistungenBerechnetCent: berechnet,
      verwaltungskostenCent: 0,
      tage: summen.tage,
      durchschnittProTagCent:
        summen.tage > 0 ? runde(bruch(summen.erstattungsfaehig.z, summen.erstattungsfaehig.n * BigInt(summen.tage))) : null,
      rechnungspruefung: pruefung,
    };
    if (g.art === 'keine') {
      if (e.auslagenCent !== undefined || e.verwaltungskostenCent !== undefined)
        b.norm('§ 109 SGB X', 'Ohne Erstattungsanspruch werden auch Auslagen und Verwaltungskosten nicht erstattet.');
      return b.ergebnis('erstattungsanspruch', {
        anspruchsgrundlage: null,
        leistungenCent: 0,
        verwaltungskostenpauschaleCent: 0,
        auslagenCent: 0,
        erstattungCent: 0,
        bagatelle: false,
        ...gemeinsam,
      });
    }
    const r = grenzen(l, g, summen);
    const erstattung = r.leistungenCent + r.pauschaleCent + r.auslagenCent;
    const teile = [`Leistungen ${euro(r.leistungenCent)}`];
    if (g.art === 'sgb9-16') teile.push(`Verwaltungskostenpauschale ${euro(r.pauschaleCent)}`);
    if (r.auslagenCent > 0) teile.push(`Auslagen ${euro(r.auslagenCent)}`);
    b.norm(
      g.norm ?? umfangNorm[g.art],
      r.bagatelle
        ? 'Erstattungsbetrag: 0,00 € (§ 110 Satz 2 SGB X).'
        : `Erstattungsbetrag: ${teile.length > 1 ? `${teile.join(' + ')} = ` : ''}${euro(erstattung)}.`,
    );
    if (erstattung > 0 && istFuersorgetraeger(e.zahlender.art) && !istFuersorgetraeger(e.verpflichteter.art))
      b.hinweis(
        'ZINSEN_AUF_ANTRAG',
        `Der Anspruch ist auf Antrag mit ${wertAmOderFehler(parameter.zinssatzErstattung, stand).wert} % zu verzinsen (§ 108 Abs. 2 SGB X${g.art === 'sgb9-16' ? ' i.V.m. § 16 Abs. 6 SGB IX' : ''}); Berechnung mit der Prüfung „zinsen“.`,
      );
    return b.ergebnis('erstattungsanspruch', {
      anspruchsgrundlage: g.norm,
      leistungenCent: r.leistungenCent,
      verwaltungskostenpauschaleCent: r.pauschaleCent,
      auslagenCent: r.auslagenCent,
      erstattungCent: erstattung,
      bagatelle: r.bagatelle,
      ...gemeinsam,
    });
  },
});
